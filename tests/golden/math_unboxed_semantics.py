# math.f(x) on doubles (opt/unbox_float.c): results, domain and range errors, ints and
# big ints, bools, non-numbers, nan/inf, and a monkeypatched math function.
import math

def norms(points):
    out = []
    for x, y in points:
        d2 = x * x + y * y
        out.append(math.sqrt(d2) + 0.0)
    return out

def apply(name, values):
    f = getattr(math, name)
    res = []
    for v in values:
        try:
            res.append(f(v))
        except (ValueError, OverflowError, TypeError) as e:
            res.append(type(e).__name__ + ": " + str(e))
    return res

def each_sqrt(values):
    res = []
    for v in values:
        try:
            res.append(math.sqrt(v) * 1.0)
        except (ValueError, OverflowError, TypeError) as e:
            res.append(type(e).__name__ + ": " + str(e))
    return res

def trig(n):
    s = 0.0
    for i in range(n):
        s += math.sin(i * 0.1) * math.cos(i * 0.2) + math.exp(-i) + math.fabs(math.tanh(i - 3.5))
    return s

print(norms([(3.0, 4.0), (1, 1), (0.0, -0.0), (1e200, 1e200)]))
print(each_sqrt([4, 2.0, -1.0, -0.0, float("inf"), float("nan"), 2**2000, True, "x", 10**400]))
print(trig(50))
print(apply("exp", [1000.0, -1000.0, 0]), apply("cos", [float("inf")]), apply("atanh", [1.0]))
print(apply("log1p", [-1.0]), apply("acos", [2]), apply("fabs", [-3, -0.0]))

def patched(v):
    return math.sqrt(v)
print(patched(9.0))
math.sqrt = lambda v: ("patched", v)
print(patched(9.0), patched(2))
del math.sqrt
try:
    patched(1.0)
except AttributeError as e:
    print(e)
