# Complex arithmetic with complex, float and int operands: the runtime computes exact
# complex/float/small-int operands without the slot dispatch; everything else (big
# ints, bools, subclasses, user classes with reflected methods) must keep CPython's
# protocol. Results are printed as repr, so signs of zeros, nan and inf show.

import math

nan = float("nan")
inf = float("inf")
values = [1 + 2j, -0.0 - 0.0j, 0j, 2.5, -0.0, 3, 0, -7, complex(inf, 1), complex(1, nan),
          complex(-inf, -inf), 1e308 + 1e308j, 2 ** 53 + 1, 10 ** 20, True, False]


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for a in values:
    for b in values:
        if not isinstance(a, complex) and not isinstance(b, complex):
            continue
        show(f"{a!r} + {b!r}", lambda: a + b)
        show(f"{a!r} - {b!r}", lambda: a - b)
        show(f"{a!r} * {b!r}", lambda: a * b)
        show(f"{a!r} / {b!r}", lambda: a / b)

# in-place forms
c = 1 + 1j
c += 2
c *= 1.5
c -= 0.5j
c /= 2
print(c)
c += c
print(c, type(c).__name__)

# a float or int too large for a double
show("10**400 + 1j", lambda: 10 ** 400 + 1j)
show("1j * 10**400", lambda: 1j * 10 ** 400)
show("1j / 10**400", lambda: 1j / 10 ** 400)


class C(complex):
    def __add__(self, other):
        return ("C.__add__", other)

    def __radd__(self, other):
        return ("C.__radd__", other)

    def __mul__(self, other):
        return ("C.__mul__", other)


c = C(1, 2)
print(c + 1j, 1j + c, 2.0 + c, c * 3, 3j * c, c - 1j, 1j - c, type(c - 1j).__name__)


class Plain(complex):
    pass


p = Plain(3, 4)
print(p + p, type(p + p).__name__, p * 2, p / 1j, 1j / p)


class R:
    def __radd__(self, other):
        return ("R.__radd__", other)

    def __rmul__(self, other):
        return ("R.__rmul__", other)

    def __rtruediv__(self, other):
        return ("R.__rtruediv__", other)


r = R()
print(1j + r, 2j * r, 3j / r)
show("1j - R()", lambda: 1j - r)
show("1j + 'a'", lambda: 1j + "a")
show("[] * 1j", lambda: [] * 1j)


class F(float):
    def __radd__(self, other):
        return ("F.__radd__", other)


print(1j + F(2.0), F(2.0) + 1j)


class I(int):
    def __rsub__(self, other):
        return ("I.__rsub__", other)


print(1j - I(4), I(4) - 1j)

# a loop of the shape of an FFT butterfly
v = [complex(math.cos(i), math.sin(i)) for i in range(8)]
w = [complex(math.cos(-2 * math.pi * k / 8), math.sin(-2 * math.pi * k / 8)) for k in range(4)]
for j in range(4):
    t = v[j + 4] * w[j]
    v[j + 4] = v[j] - t
    v[j] += t
print([f"{z.real:.12f} {z.imag:.12f}" for z in v])
print(sum(v, 0j), abs(v[3]) < 2)

# instances of subclasses are the subclass's, and keep complex's behaviour
print(type(c).__name__, isinstance(c, complex), repr(c), c.real, c.imag, abs(p), -p, +p, p == 3 + 4j, hash(Plain(1, 0)) == hash(1))
print(complex(c), type(complex(c)).__name__, type(complex(p)).__name__, p.conjugate(), bool(Plain(0, 0)))


class WithComplex(complex):
    def __complex__(self):
        return 5j


class FloatWithComplex(float):
    def __complex__(self):
        return 7j


print(complex(WithComplex(1, 1)), complex(FloatWithComplex(2.0)), WithComplex(1, 1) + 1, Plain(1, 1) ** 2)
