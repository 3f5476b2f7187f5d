# Typed float functions called in loops: Simpson's rule over an annotated integrand
# (the typed path: float arguments and results pass as C doubles between the bodies).
def integrand(x: float) -> float:
    return 4.0 / (1.0 + x * x)

def simpson(a: float, b: float, n: int) -> float:
    h = (b - a) / n
    s = integrand(a) + integrand(b)
    for i in range(1, n, 2):
        s += 4.0 * integrand(a + i * h)
    for i in range(2, n, 2):
        s += 2.0 * integrand(a + i * h)
    return s * h / 3.0

total = 0.0
for k in range(20):
    total += simpson(0.0, 1.0 + k * 0.001, 300000)
print("%.9f" % total)
