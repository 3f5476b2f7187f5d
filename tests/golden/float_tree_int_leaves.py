# Float trees with int-typed leaves (compiler/opt/fuse_float.c): `3.0 * i / n` with n an
# annotated int runs in C doubles while n is a small int, converting it as float's
# operators do (rounding past 2**53); a zero divisor, an int too large for a float and
# an int subclass take the generic path with CPython's results and errors.


def scale(i: int, n: int) -> float:
    return -2.0 + 3.0 * i / n


def mix(a: float, n: int, m: int) -> float:
    return a * n - m / 4.0 + (a + m) / n


def grid(size: int) -> float:
    total = 0.0
    for py in range(size):
        for px in range(size):
            total += -1.5 + 3.0 * px / size + 0.5 * py / size
    return total


class Count(int):
    def __rtruediv__(self, other):
        return "Count.__rtruediv__"

    def __radd__(self, other):
        return 100.0


print(scale(3, 7), scale(-5, 3), scale(0, 1))
print(mix(1.5, 3, -8), mix(-0.25, 2**53 + 1, 2**53 + 3), mix(2.0, -(2**62), 2**62 - 1))
print(scale(2**70, 2**69), scale(1, 2**64 + 1))
print(grid(5), grid(1), grid(0))
print(scale(True, 2), mix(0.5, False + 1, True))
print(scale(3, Count(2)), mix(1.0, Count(3), 1))
for args in [(1, 0), (10**400, 3), (3, 10**400)]:
    try:
        print(scale(*args))
    except (ZeroDivisionError, OverflowError) as exc:
        print(type(exc).__name__ + ":", exc)
try:
    print(mix(1.0, 0, 2))
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
try:
    print(mix(float("inf"), 10**400, 1))
except OverflowError as exc:
    print("OverflowError:", exc)
