# Self-recursive int functions (compiled as pure runs on C integers): results past
# the machine word, Python's floor division and shifts, exceptions and RecursionError
# raised from deep inside, a rebound name, and the recursion limit's exact depth.
import sys
import traceback


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_typed(n: int) -> int:
    return n if n < 2 else fib_typed(n - 1) + fib_typed(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def power2(k):
    return 1 if k == 0 else 2 * power2(k - 1)


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def floor_steps(a, b, k):
    if k == 0:
        return a
    return floor_steps(a // b - a % b, b, k - 1)


def shifted(n, k):
    if k == 0:
        return n
    return shifted(n << 1, k - 1) - (n >> 70) + (~n & 1)


def negate_doubling(n, k):
    return n if k == 0 else negate_doubling(-n * 2, k - 1)


def divide_at_bottom(n, d):
    if n == 0:
        return 100 // d
    return divide_at_bottom(n - 1, d) + 1


def shift_at_bottom(n, s):
    if not n:
        return 1 << s
    return shift_at_bottom(n - 1, s) * 2


def big_sum(n, v):
    return 0 if n == 0 else v + big_sum(n - 1, v)


def sum_after(n):
    if n == 0:
        return 0
    total = sum_after(n - 1)
    total += n * 3
    return total


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def count_down(n):
    if n == 0:
        return 0
    return count_down(n - 1)


print(fib(25), fib_typed(25), fib(0), fib(1), fib(-5))
print(tak(18, 12, 6), ack(2, 3), ack(3, 3))
print([power2(k) for k in (0, 1, 61, 62, 63, 64, 100)])
print(gcd(48, 18), gcd(-48, 18), gcd(48, -18), gcd(-48, -18), gcd(0, 5))
print(floor_steps(1000, 7, 5), floor_steps(-1000, 7, 5), floor_steps(1000, -7, 5), floor_steps(-1000, -7, 5))
print(shifted(3, 10), shifted(-3, 10), shifted(3, 70), shifted(-5, 65))
print(negate_doubling(1, 10), negate_doubling(3, 70), negate_doubling(-(2 ** 61), 1))
print(fib(True), fib(False), type(fib(True)).__name__)
print(big_sum(3, 2 ** 61), big_sum(5, 2 ** 61), big_sum(5, -(2 ** 61)), big_sum(40, 12345), sum_after(300))


# sums of the function's own results, across the bound the pure sum keeps (2**47 on
# 64-bit targets, 2**31 on 32-bit ones) and past the machine word
def grow(n, v):
    return v if n == 0 else grow(n - 1, v) + grow(0, v)


for v in (2 ** 30, 2 ** 31 - 1, 2 ** 31, 2 ** 45, 2 ** 46, 2 ** 47 - 1, 2 ** 47, 2 ** 62, -(2 ** 46), -(2 ** 47)):
    print("grow", v, [grow(n, v) for n in (0, 1, 2, 3, 7)])
print("fib sums", fib(30) + fib(31), fib(32))
print("terms", big_sum(3, 2 ** 47 - 1), big_sum(3, 2 ** 47), big_sum(3, -(2 ** 47) + 1), big_sum(2, 2 ** 31))


def frames(exc):
    return [(f.name, f.lineno) for f in traceback.extract_tb(exc.__traceback__)]


for args in ((3, 0), (5, 2)):
    try:
        print("divide", divide_at_bottom(*args))
    except ZeroDivisionError as exc:
        print("divide", args, type(exc).__name__, exc, frames(exc))

for args in ((2, 3), (2, -1)):
    try:
        print("shift", shift_at_bottom(*args))
    except ValueError as exc:
        print("shift", args, type(exc).__name__, exc, frames(exc))

# the deepest call that succeeds, found the same way under any limit
def deepest(f, limit):
    sys.setrecursionlimit(limit)
    lo, hi = 0, limit + 10
    while lo + 1 < hi:
        mid = (lo + hi) // 2
        try:
            f(mid)
            lo = mid
        except RecursionError:
            hi = mid
    sys.setrecursionlimit(1000)
    return lo

print("deepest", deepest(depth, 1000), deepest(depth, 200), deepest(count_down, 150))
# deeper than a pure run goes (65,536 calls): the ordinary calls take over
sys.setrecursionlimit(80000)
print("deep", depth(70000), count_down(66000), big_sum(70000, 3))
sys.setrecursionlimit(1000)
try:
    depth(5000)
except RecursionError as exc:
    print(type(exc).__name__, exc, len(frames(exc)) > 100)

# a rebound global: the old function's calls go to the new binding
old_fib = fib
fib = lambda n: 100
print(old_fib(10), old_fib(1))
fib = old_fib
print(fib(20))


def rebound(n):
    return n if n < 2 else rebound(n - 1) + rebound(n - 2)


original = rebound
print(rebound(15))
globals()["rebound"] = lambda n: 7
print(original(15), original(1), rebound(15))
globals()["rebound"] = original
print(rebound(16))

print(sum(fib(k) for k in range(20)))
