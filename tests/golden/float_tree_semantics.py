# Arithmetic trees over floats give exactly what operator-by-operator evaluation gives:
# ints stay ints, subclasses keep their dunders, zero divisors raise, order is kept.
import math

def norm2(dx, dy, dz):
    return dx * dx + dy * dy + dz * dz

def poly(x):
    return 2 * x * x - 3 * x / 4 + 1

def ratio(a, b):
    return a / (b - b) + 1.0

print(norm2(1.5, -2.25, 3.125))
print(norm2(1, 2, 3), type(norm2(1, 2, 3)).__name__)
print(norm2(1.5, 2, 3))
print(norm2(True, 2.5, False))
print(norm2(10**20, 0.5, 0.25))
print(norm2(math.inf, 1.0, 1.0), norm2(math.nan, 1.0, 1.0))
print(norm2(1e200, 1e200, 1e200))
print(poly(0.1), poly(3), poly(-0.0), poly(2**60))
print(-0.0 * 1.0 + 0.0, -0.0 * 1.0 - 0.0, 0.0 * -1.0 * 1.0)
print(0.1 * 3 + 0.2 * 7 - 1e-17 * 5)

for a, b in [(1.0, 2.0), (1, 2), (1.5, 2)]:
    try:
        print(ratio(a, b))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

class Loud(float):
    def __mul__(self, other):
        print("  Loud.__mul__", float(self), other)
        return Loud(float(self) * other)
    def __add__(self, other):
        print("  Loud.__add__", float(self), other)
        return float(self) + other

print(norm2(Loud(2.0), 1.0, 0.5))

class Traced:
    def __init__(self, name, v):
        self.name, self.v = name, v
    def __mul__(self, other):
        print("  mul", self.name)
        return self.v * (other.v if isinstance(other, Traced) else other)
    def __rmul__(self, other):
        print("  rmul", self.name)
        return other * self.v

def mixed(p, q, r):
    return p * q + r * 2.0 - p * 0.5

print(mixed(Traced("p", 3.0), 2.0, Traced("r", 1.0)))

bodies = [[1.0, 2.0, 3.0, 0.5], [4.0, 5.0, 6.0, 0.25]]
for b in bodies:
    b[3] -= b[0] * b[1] / 2.0
    b[2] += b[3] * 0.5 * b[3]
print(bodies)
x = 3.0
x *= x + 1.0 * x
print(x)
big = 2.0
print(big * 9007199254740993 + 1.0, big * 9007199254740992 * 1.0)
try:
    print(1.0 * "ab" + 2.0)
except TypeError as e:
    print("TypeError:", e)
try:
    print(norm2(1.0, None, 2.0))
except TypeError as e:
    print("TypeError:", e)
