# math.sqrt on a double compiled as C's sqrt (compiler/emit_float.c): only while the
# site's callee is math.sqrt itself; replaced by another math function, by a Python
# function, or after `from math import sqrt` rebound, the call is the callee's.  Errors,
# signed zeros, nan and inf as CPython's math.sqrt gives them.
import math
from math import sqrt

def lengths(points):
    out = []
    for x, y in points:
        d2 = x * x + y * y
        out.append(math.sqrt(d2) * 1.0)
    return out

def lengths_imported(points):
    out = []
    for x, y in points:
        d2 = x * x - y * y
        try:
            out.append(sqrt(d2) * 1.0)
        except ValueError as e:
            out.append("ValueError: " + str(e))
    return out

def roots(values):
    out = []
    for v in values:
        try:
            out.append(math.sqrt(v * 1.0) + 0.0)
        except ValueError as e:
            out.append("ValueError: " + str(e))
    return out

pts = [(3.0, 4.0), (0.0, -0.0), (1e200, 1e200), (1e-200, 1e-200), (2.0, 1.0)]
print(lengths(pts))
print(lengths_imported(pts))
print(roots([2.0, -0.0, 0.0, -1e-300, float("inf"), float("-inf"), float("nan"), 7, -3]))
def signed(v):
    return math.sqrt(v * 1.0)

print(math.copysign(1.0, signed(-0.0)), math.copysign(1.0, signed(0.0)))
real_sqrt = math.sqrt
math.sqrt = math.cos
print(lengths(pts[:2]), roots([0.5]))
math.sqrt = math.fabs
print(roots([-4.0]))
math.sqrt = lambda v: v * 10
print(lengths(pts[:1]))
math.sqrt = real_sqrt
print(lengths(pts[:1]))
sqrt = math.exp
print(lengths_imported(pts[:1]))
sqrt = real_sqrt
print(lengths_imported(pts[3:]))
roots([-1.0]).append(math.sqrt(-2.0))
