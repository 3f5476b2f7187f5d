# Functions whose parameters are used as ints run a typed body for small-int arguments
# (opt/typed_clone.c, compiler/emit_int.c): C comparisons and overflow-checked C
# arithmetic.  Every other argument, and every result that leaves the small ints, must
# behave exactly as before.
import sys
import traceback

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(20), fib(0), fib(1), fib(-3))
print(fib(True), fib(False), type(fib(True)).__name__)
print(fib(10.0), fib(2.5))

class Num(int):
    def __sub__(self, other):
        print("Num.__sub__", int(self), other)
        return Num(int(self) - other)
    def __lt__(self, other):
        print("Num.__lt__", int(self), other)
        return int(self) < other

print(fib(Num(3)))

class Counter:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other
    def __sub__(self, other):
        return Counter(self.v - other)
    def __radd__(self, other):
        return other + self.v
    def __add__(self, other):
        return self.v + other

print(fib(Counter(6)))

# Arithmetic that leaves the small ints falls back to big ints.
def tri(n: int, acc: int) -> int:
    if n <= 0:
        return acc
    return tri(n - 1, acc + n * n)

print(tri(100, 0), tri(10, 2 ** 64), tri(3, -(2 ** 70)))
big = 2 ** 62
print(tri(2, big - 1), tri(2, big), tri(1, 4611686018427387903))

def scale(n: int, k: int) -> int:
    return n * k - 1

print(scale(3, 4), scale(2 ** 40, 2 ** 40), scale(-(2 ** 31), 2 ** 33), scale(4611686018427387903, 2))
print(scale(True, 5), scale(3, True), scale(2 ** 80, 1))
print(type(scale(3, 4)).__name__, type(scale(True, True)).__name__)

def halve(n: int) -> int:
    if n == 0:
        return 0
    return 1 + halve(n // 2)

print(halve(1000), halve(7), halve(2 ** 100))

# `is` on small ints, and comparisons giving bools.
def same(a: int, b: int):
    return a is b, a == b, a < b, a >= b

print(same(5, 5), same(5, 6), same(True, 1), same(-1, 2 ** 70))

# A rebound global: the recursive call goes where the name says.
def countdown(n):
    if n <= 0:
        return "done"
    return countdown(n - 1)

print(countdown(5))
saved = countdown
def countdown(n):
    return "other " + str(n)
print(saved(5))
countdown = saved

# Errors inside the typed body: the traceback names the same lines.
def dig(n):
    if n == 0:
        return 1 // n
    return dig(n - 1) + 1

try:
    dig(3)
except ZeroDivisionError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(f.name, f.lineno) for f in tb])

# RecursionError at the same depth as the untyped body.
reached = 0
def depth(n):
    global reached
    reached = n
    if n < 0:
        return 0
    return depth(n + 1) + 1

sys.setrecursionlimit(200)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e, reached)
sys.setrecursionlimit(1000)

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

print(ack(2, 3), ack(1, 2.0))

print(fib(-(2 ** 63)))
print(fib(None))
