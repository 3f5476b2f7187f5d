# Loops on floats run in a speculative copy on plain doubles (opt/spec_loop.c); whatever
# the copy cannot do leaves it for the generic loop at the same point.  Every case here
# must behave as CPython does: values, types, identity, dunder calls, exceptions and
# their traceback lines.

def scale(x: float) -> float:
    return 4.0 / (1.0 + x * x)

def simpson(a: float, b: float, n: int) -> float:
    h = (b - a) / n
    s = scale(a) + scale(b)
    for i in range(1, n, 2):
        s += 4.0 * scale(a + i * h)
    for i in range(2, n, 2):
        s += 2.0 * scale(a + i * h)
    return s * h / 3.0

print("%.12f" % simpson(0.0, 1.0, 1000))
print(simpson(0, 1, 10))                   # ints: the generic body
print(simpson(True, 1.0, 4))


# rebinding the inlined function between calls: the entry test sees the new one
def scale_twice(x: float) -> float:
    return 2.0 * x

saved = scale
globals()["scale"] = scale_twice
print(simpson(0.0, 1.0, 10))
globals()["scale"] = saved
print("%.12f" % simpson(0.0, 1.0, 10))


# a global read in the loop: an int, a float, then a float subclass
def accumulate(n):
    s = 0.0
    for i in range(n):
        s += step * i
    return s

step = 3
print(accumulate(5), type(accumulate(5)).__name__)
step = 0.25
print(accumulate(5))


class Loud(float):
    calls = 0
    def __rmul__(self, other):
        Loud.calls += 1
        return Loud(float(self) * other + 1000.0)
    def __mul__(self, other):
        Loud.calls += 1
        return Loud(float(self) * other + 1000.0)

step = Loud(0.5)
print(accumulate(4), Loud.calls)


# an int accumulator becomes a float after the first iteration
def starts_int(n):
    s = 0
    for i in range(n):
        s = s + 0.5 * i
    return s

print(starts_int(0), starts_int(1), starts_int(6))


# identity of a float that enters the loop and of one that leaves it
def same_or_new(x, n):
    s = x
    for i in range(n):
        s = s * 1.0
    return s is x, s == x

big = 12345.5
print(same_or_new(big, 0), same_or_new(big, 3))


# a zero divisor in the middle of the loop: ZeroDivisionError from the generic body,
# with the lines of the loop and of the inlined callee
def inverse(x: float) -> float:
    return 1.0 / x

def sum_inverses(start: float, n: int) -> float:
    s = 0.0
    for i in range(n):
        s += inverse(start + i * 0.5)
    return s

print("%.6f" % sum_inverses(0.25, 10))
try:
    sum_inverses(-2.0, 10)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
    tb = e.__traceback__
    while tb is not None:
        print(" ", tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next


# a float subclass argument: the entry test sends it to the generic loop
class Half(float):
    def __add__(self, other):
        return Half(float(self) + other / 2)

print(sum_inverses(Half(1.0), 3), type(sum_inverses(Half(1.0), 3)).__name__)


# ranges the copy does not count: negative steps, a shadowed range, big ints
def countdown(n):
    s = 0.0
    for i in range(n, 0, -1):
        s += 1.5 * i
    return s

print(countdown(4))

def bigs(lo):
    s = 0.0
    for i in range(lo, lo + 3):
        s += 0.5 * i
    return s

print(bigs(2 ** 70), bigs(2 ** 61 - 2))

def shadowed(n):
    range = lambda *a: [0.5, 1.5, 2.5][:a[0]]
    s = 0.0
    for i in range(n):
        s += 2.0 * i
    return s

print(shadowed(3))


# leaving the loop by break and by return, with the float and the counter as they were
def until(limit, n):
    x = 1.0
    for i in range(n):
        x = x * 1.5 + 0.25
        if x > limit:
            return i, x
    return n, x

print(until(100.0, 50), until(1e300, 5))

def first_over(limit):
    x = 0.5
    while x < limit:
        x = x * 2.0 + 0.125
    return x

print(first_over(1000.0), first_over(float("nan")), first_over(float("inf")) if False else "-")


# an inf and a nan flow through the copy as they do through the generic body
def grow(x, n):
    for i in range(n):
        x = x * 1e200
    return x

print(grow(1.0, 3), grow(-1.0, 3), grow(float("nan"), 2))


# the last error is an uncaught ZeroDivisionError raised inside the copied loop
def harmonic(a, n):
    s = 0.0
    for i in range(n):
        s += 1.0 / (a - i * 0.25)
    return s

print("%.6f" % harmonic(10.125, 8))
print(harmonic(1.0, 8))
