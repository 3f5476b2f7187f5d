# Functions with float-annotated parameters run a typed body for exact floats
# (opt/typed_clone.c); every other argument must behave exactly as before.
import math
import sys
import traceback

def mandel(cx: float, cy: float, limit: int) -> int:
    x: float = 0.0
    y: float = 0.0
    for i in range(limit):
        x2 = x * x
        y2 = y * y
        if x2 + y2 > 4.0:
            return i
        y = 2.0 * x * y + cy
        x = x2 - y2 + cx
    return limit

def grid(size: int, limit: int) -> int:
    total = 0
    for py in range(size):
        for px in range(size):
            total += mandel(-2.0 + 3.0 * px / size, -1.5 + 3.0 * py / size, limit)
    return total

print(grid(24, 50))
print(mandel(0.25, 0.5, 30), mandel(1, 0, 30), mandel(True, False, 30))

class Meters(float):
    def __mul__(self, other):
        return Meters(float(self) * other * 10)
    def __add__(self, other):
        return Meters(float(self) + float(other) + 100)

def poly(x: float, k: float) -> object:
    return x * k + 1.0

print(poly(2.0, 3.0), poly(2, 3), poly(2, 3.5), poly(2.5, 4))
print(poly(Meters(2.0), 3.0))

def ratio(a: float, b: float) -> float:
    return a / b

print(ratio(1.0, 4.0), ratio(-0.0, 5.0), ratio(float("inf"), 2.0), math.isnan(ratio(float("nan"), 1.0)))
for a, b in ((1.0, 0.0), (1, 0), (0.0, -0.0)):
    try:
        print(ratio(a, b))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

def ident(x: float) -> float:
    y = x + 0.0
    return x if y == x else y

v = 2.5
print(ident(v) is v, ident(v) == v, [ident(v)][0] is v)

def keep(x: float, store: list) -> float:
    store.append(x)
    store.append(x * 2.0)
    return x

box = []
w = 7.25
keep(w, box)
print(box, box[0] is w)

def countdown(t: float) -> float:
    if t <= 0.0:
        return t
    return countdown(t - 1.5)

print(countdown(10.0), countdown(3), countdown(True))

def changes_type(x: float, n: int) -> object:
    x = x * n
    if n > 2:
        x = str(x) + "!"
    return x

print(changes_type(1.5, 2), changes_type(1.5, 3), changes_type(2, 3))

def outer(scale: float):
    def inner(x: float) -> float:
        return x * scale + 0.5
    return inner

f = outer(2.0)
print(f(1.25), f(3), outer(1)(2.0))

class Body:
    def __init__(self, mass: float):
        self.mass = mass
    def pull(self, other_mass: float, d: float) -> float:
        return self.mass * other_mass / (d * d)

print(Body(5.0).pull(2.0, 4.0), Body(5).pull(2, 4))

def rebound(x: float) -> float:
    return x * 2.0

def use_rebound(n: int) -> list:
    return [rebound(i * 0.5) for i in range(n)]

print(use_rebound(3))
rebound = lambda x: ("replaced", x)
print(use_rebound(2))

def undefined_after_del(x: float) -> float:
    y = x * 2.0
    del x
    try:
        return x
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    return y

print(undefined_after_del(1.5))

def half(x: float) -> float:
    return x / 2.0

def use_half(v: float) -> float:
    return half(v) + half(v * 3.0) + half(1)

print(use_half(5.0), use_half(3), [half(t) for t in (1.0, 2, True)])

def boom(x: float) -> float:
    return 1.0 / x

def use_boom(v: float) -> float:
    return boom(v) * 2.0 + boom(v + 1.0)

try:
    use_boom(0.0)
except ZeroDivisionError:
    print([fs.name for fs in traceback.extract_tb(sys.exc_info()[2])])
print(use_boom(1.0))

def same(x: float) -> float:
    return x

def use_same(v: float) -> bool:
    w = v * 1.0
    return same(v) is v and same(w) is w and same(v + 1.0) == v + 1.0

print(use_same(2.5), use_same(4))

def same_untyped(x):
    return x

def sq(x: float) -> float:
    return x * x

def inlined(v):
    w = v * 1.0
    return same_untyped(w) is w, sq(w), sq(3), sq(True), sq(Meters(2.0))

print(inlined(1.5), inlined(2))

def traced(x: float) -> float:
    return x / 0.0

try:
    traced(3.0)
except ZeroDivisionError:
    print([fs.name for fs in traceback.extract_tb(sys.exc_info()[2])])

print(traced(1.0))
