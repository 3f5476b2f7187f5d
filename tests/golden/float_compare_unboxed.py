# Comparisons of unboxed floats (emit_c.c float_comparison): nan, infinities, signed
# zero, int constants, operands that turn out not to be floats, subclasses, generators.
import math

class F(float):
    def __gt__(self, other):
        return "F.__gt__"
    def __lt__(self, other):
        return "F.__lt__"

class Weird:
    def __radd__(self, other):
        return Weird()
    def __lt__(self, other):
        return "Weird.__lt__"
    def __gt__(self, other):
        return "Weird.__gt__"

def classify(x, y):
    s = x * x + y * y
    out = []
    if s > 4.0: out.append("gt4")
    if s >= 4.0: out.append("ge4")
    if s < 1.0: out.append("lt1")
    if s <= 1.0: out.append("le1")
    if s == 2.0: out.append("eq2")
    if s != 2.0: out.append("ne2")
    if s > 0: out.append("gt0")
    if 3 < s: out.append("3lt")
    if s == s: out.append("self-eq")
    if s < 9007199254740993: out.append("lt-2**53+1")
    return out

for x, y in [(0.0, 0.0), (1.0, 1.0), (2.0, 0.0), (1.5, 1.5), (0.5, 0.5), (-0.0, 0.0),
             (math.inf, 0.0), (math.nan, 1.0), (3, 4), (True, False), (1e200, 1e200)]:
    print(x, y, classify(x, y))

def mixed(a, b):
    d = a - b
    return d < 0.5, d > -0.5, d == 0.0, d != 0.0

print(mixed(1.0, 0.75), mixed(0.0, -0.0), mixed(10, 3), mixed(2 ** 60, 1.0))
print(mixed(F(2.0), 1.0))
print(mixed(math.inf, math.inf), mixed(math.nan, 0.0))

def subclass(x: float):
    y = x + 0.0
    return (y > 1.0, F(x) > 1.0, F(x) < 1.0)

print(subclass(2.0), subclass(0.5))

def weird(w):
    total = 0.0
    total = total + w
    return total < 1.0, total > 1.0

print(weird(Weird()))

def loop(limit):
    x = 0.0
    n = 0
    while x < limit:
        x = x * 1.5 + 0.25
        n += 1
    return n, x

print(loop(100.0), loop(0.0), loop(-1.0), loop(10))

def gen(xs):
    for x in xs:
        if x * 2.0 > 3.0:
            yield x
        elif x <= 0.5:
            yield -x

print(list(gen([0.1, 1.0, 1.6, 2, 0.5, math.nan])))

def bad(x):
    y = x * 2.0
    return y < "a"

try:
    bad(1.0)
except TypeError as e:
    print("TypeError:", e)

def big(x):
    y = x * 1.0
    return y < 2 ** 63, y > -(2 ** 63), y == 2 ** 53, y < 2 ** 1000

print(big(9.3e18), big(2.0 ** 53), big(1e308))
