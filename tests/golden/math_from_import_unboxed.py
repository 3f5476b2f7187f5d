# `from math import f` calls on doubles (opt/unbox_float.c): results, errors with
# CPython's texts, rebinding the imported name, ints and floats subclasses as arguments.
from math import sin, cos, sqrt, exp, log, floor, fabs, atan
import math

def norm(x, y, z):
    return sqrt(x * x + y * y + z * z)

def wave(t):
    return sin(t) * 2.0 + cos(t * 0.5) - exp(-t)

print(norm(1.0, 2.0, 2.0), norm(3, 4, 12), norm(1e200, 1e200, 0.0))
print([round(wave(t / 4), 12) for t in range(6)])
print(sqrt(2), sqrt(True), sqrt(10 ** 40), fabs(-3), atan(1.0) * 4 == math.pi)
print(floor(2.5), type(floor(2.5)).__name__, floor(-0.5))
print(log(math.e), log(1.0), exp(0.0), sqrt(math.inf), sin(math.nan))

class Half(float):
    pass

class Num:
    def __float__(self):
        return 0.25

print(sqrt(Half(0.25)), sqrt(Num()), sin(Half(0.0)))

def errors():
    for f, arg in [(sqrt, -1.0), (log, 0.0), (exp, 1000.0), (sqrt, "x"), (log, -2), (sqrt, 10 ** 400 * -1)]:
        try:
            print(f.__name__, f(arg * 1 if not isinstance(arg, str) else arg))
        except (ValueError, OverflowError, TypeError) as e:
            print(f.__name__, type(e).__name__, e)

errors()

def rebinds():
    global sqrt
    before = sqrt(16.0)
    sqrt = lambda v: "replaced %s" % v
    after = sqrt(16.0)
    return before, after

print(rebinds(), norm(1.0, 0.0, 0.0))

def shadowed(sin):
    return sin(0.5 * 2.0)

print(shadowed(lambda v: v + 1), shadowed(cos))

def big_loop(n):
    total = 0.0
    for i in range(n):
        total += sin(i * 0.001) * cos(i * 0.002)
    return round(total, 9)

print(big_loop(1000))
