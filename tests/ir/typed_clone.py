# ir: const_fold typed_clone
# A function whose float-annotated parameter feeds arithmetic gets a clone in which the
# parameter is a float held unboxed; one whose float parameter is only passed on does not.
def step(x: float, v: float, dt: float, n: int) -> float:
    for _ in range(n):
        x = x + v * dt
    return x

def label(x: float, name: str) -> str:
    return name + str(x)

print(step(0.0, 1.5, 0.25, 4), label(2.5, "x="))
