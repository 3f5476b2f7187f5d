# fractions.Fraction arithmetic: + - * / // % divmod ** with int, Fraction, float and
# complex on either side, unary operators, and the ZeroDivisionError texts.
from fractions import Fraction as F


def attempt(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)


a, b = F(3, 4), F(-5, 6)
others = [F(3, 4), F(-5, 6), F(7), 2, -3, True, 0.5, -2.25, 1.5 + 2j, 0j + 3]
for x in [a, b]:
    for y in others:
        print(repr(x), repr(y), '|', repr(x + y), repr(y + x), repr(x - y), repr(y - x),
              repr(x * y), repr(y * x), repr(x / y), repr(y / x))
        if not isinstance(y, complex):
            print('   ', repr(x // y), repr(y // x), repr(x % y), repr(y % x),
                  repr(divmod(x, y)), repr(divmod(y, x)))

# results are exact and in lowest terms
print(F(1, 6) + F(1, 3), F(1, 6) - F(1, 6), F(2, 3) * F(3, 2), F(4, 9) / F(2, 3))
print(F(1, 10 ** 20) + F(1, 3 * 10 ** 20), F(6, 35) * F(14, 15), F(12, 5) / F(-18, 25))
total = F(0)
for i in range(1, 30):
    total += F(1, i * (i + 1))
print(total)

# unary
print(repr(-a), repr(+a), repr(abs(b)), repr(-F(0)), repr(abs(F(0))))

# powers
for base in [F(2, 3), F(-2, 3), F(0), F(1), F(-1, 2)]:
    for e in [0, 1, 2, 3, -1, -2, -3, F(2), F(-3, 1)]:
        attempt('%r ** %r' % (base, e), lambda: base ** e)
for base, e in [(F(4, 9), F(1, 2)), (F(2), 0.5), (F(2), F(-1, 2)), (F(-8), F(1, 3)),
                (F(1, 4), 2.0), (F(2), 1j), (F(2), -2.5)]:
    attempt('%r ** %r' % (base, e), lambda: base ** e)
for base, e in [(2, F(3)), (2, F(-3)), (2, F(1, 2)), (F(4), F(1, 2)), (2.5, F(2)),
                (2.5, F(-2)), (4.0, F(1, 2)), (1j, F(2)), (1j, F(1, 2)), (-8, F(1, 3)),
                (0, F(-1)), (0, F(0)), (True, F(3)), (3, F(0))]:
    attempt('%r ** %r' % (base, e), lambda: base ** e)
attempt('F ** str', lambda: F(2) ** 'x')
attempt('str ** F', lambda: 'x' ** F(2))
print(type(2 ** F(3)).__name__, type(F(2) ** 3).__name__, type(F(2) ** F(1, 2)).__name__)

# division by zero
attempt('F(3,4) / 0', lambda: F(3, 4) / 0)
attempt('F(-3,4) / F(0)', lambda: F(-3, 4) / F(0))
attempt('F(0) / 0', lambda: F(0) / 0)
attempt('1 / F(0)', lambda: 1 / F(0))
attempt('3 / F(0)', lambda: 3 / F(0))
attempt('F(1) / 0.0', lambda: F(1) / 0.0)
attempt('F(1) // 0', lambda: F(1) // 0)
attempt('F(1) % 0', lambda: F(1) % 0)
attempt('divmod(F(1), 0)', lambda: divmod(F(1), 0))
attempt('F(0) ** -1', lambda: F(0) ** -1)
attempt('F(0) ** -2', lambda: F(0) ** -2)
attempt('F(0) ** F(-1)', lambda: F(0) ** F(-1))

# complex has no // or %
attempt('F // 1j', lambda: F(1) // 1j)
attempt('1j // F', lambda: 1j // F(1))
attempt('F % 1j', lambda: F(1) % 1j)

# unsupported operand types
attempt('F + "a"', lambda: F(1) + 'a')
attempt('"a" + F', lambda: 'a' + F(1))
attempt('F - None', lambda: F(1) - None)
attempt('F / "a"', lambda: F(1) / 'a')

# augmented assignment
x = F(1, 2)
x += 1
x *= F(2, 3)
x -= 0.25
print(repr(x))
