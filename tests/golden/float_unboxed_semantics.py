# Floats kept unboxed across statements (opt/unbox_float.c): accumulators, mixed int
# and float operands, values that escape, zero division, nan/inf/-0.0, identity.
import math

def dot(a, b):
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s

def mixed(xs):
    s = 0.0
    for x in xs:
        s += x          # ints, floats, then maybe something else
    return s

def escapes(n):
    out = []
    acc = 1.5
    for i in range(n):
        acc = acc * 2 - i
        out.append(acc)
        t = acc / 4
        out.append(t)
    return out, acc

def div_zero(xs):
    s = 1.0
    for x in xs:
        s = s / x + 1
    return s

def specials():
    z = 0.0
    neg = z * -1
    inf = 1e308 * 10
    nan = inf - inf
    return neg, inf, nan, nan == nan, math.copysign(1.0, neg), -inf * 0.5

def ints_then_floats(n):
    x = 0
    for i in range(n):
        x = x + i * 0.5
    y = 0
    for i in range(n):
        y = y + i
    return x, y, type(x).__name__, type(y).__name__

def identity():
    a = 2.5 * 2.0
    b = a
    return a is b, a == 5.0

def branchy(v):
    r = 0.0
    for x in v:
        if x > 0:
            r = r + x * 1.5
        elif x < 0:
            r = r - x
        else:
            r = "zero"
            break
    return r

class P:
    def __init__(self, x):
        self.x = x

def attr_sum(ps):
    s = 0.0
    for p in ps:
        s = s + p.x * p.x
    return s

print(dot([1.0, 2.0, 3.0], [4.0, 5.0, 6.5]), dot([1, 2], [3, 4]), dot([], []))
print(mixed([1, 2.5, 3]), mixed([10**20, 0.5]), mixed([True, 1.5]))
try:
    mixed([1.0, "a"])
except TypeError as e:
    print("TypeError:", e)
print(escapes(5))
try:
    div_zero([2.0, 0.0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    div_zero([2.0, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(div_zero([2.0, 4, 0.5]))
print(specials())
print(ints_then_floats(6))
print(identity())
print(branchy([1.0, -2.0, 3]), branchy([1.0, 0, 5.0]), branchy([]))
print(attr_sum([P(1.5), P(2), P(0.25)]))
total = 0.0
for k in range(1, 6):
    total += 1 / k
print(total, f"{total:.3f}", round(total, 2))
big = 2**62 + 1
print(big * 1.0, 0.5 + big, big / 2.0, (2**53 + 1) * 1.0)
