# fractions.Fraction construction: ints, Fractions, Rationals, floats (exact), strings,
# normalisation, the error texts, and the class's place in the numeric tower.
import numbers
from fractions import Fraction


def attempt(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)


print(Fraction(), Fraction(7), Fraction(-7), Fraction(True))
print(repr(Fraction(8, 6)), repr(Fraction(8, -6)), repr(Fraction(-8, -6)), repr(Fraction(0, -5)))
print(repr(Fraction(Fraction(3, 4))), repr(Fraction(Fraction(3, 4), Fraction(5, 6))))
print(repr(Fraction(3, Fraction(1, 2))), repr(Fraction(Fraction(1, 2), 3)))
print(repr(Fraction(10 ** 30, 6 * 10 ** 28)))

# floats convert exactly
for x in [0.5, -0.75, 0.1, 1e100, 5e-324, -0.0, 3.0]:
    print(x, repr(Fraction(x)), repr(Fraction.from_float(x)))
print(repr(Fraction.from_float(5)), repr(Fraction.from_float(True)))

# strings
for s in ['7', ' -3/4 ', '+3/4', '1.5e-3', '1.5E+3', '1e2', '-.5', '.5', '1.', '3.25',
          '1_000/3', '1_000.000_5', '  12  ', '\t-1/3\n', '0/5', '1e-0', '٣/٤',
          '1.d', '1 / 2', 'x', '', '1__0', '_1', '1/', '/2', '1.5/2', '1/2e3',
          '--1', '+-1', '1e', 'e1', '3/-4', 'inf', 'nan', '1/0', '0/0', '1/0_0']:
    attempt(repr(s), lambda: Fraction(s))

# big values stay exact
f = Fraction('123456789012345678901234567890.0987654321')
print(repr(f), f.numerator, f.denominator)

# errors
attempt('F(1, 0)', lambda: Fraction(1, 0))
attempt('F(-3, 0)', lambda: Fraction(-3, 0))
attempt('F(F(1,2), 0)', lambda: Fraction(Fraction(1, 2), 0))
attempt('F(1.5, 2)', lambda: Fraction(1.5, 2))
attempt('F(1, 2.0)', lambda: Fraction(1, 2.0))
attempt('F("1", 2)', lambda: Fraction('1', 2))
attempt('F([])', lambda: Fraction([]))
attempt('F(None)', lambda: Fraction(None))
attempt('F(1j)', lambda: Fraction(1j))
attempt('F(nan)', lambda: Fraction(float('nan')))
attempt('F(inf)', lambda: Fraction(float('inf')))
attempt('F(-inf)', lambda: Fraction(float('-inf')))
attempt('from_float("a")', lambda: Fraction.from_float('a'))
attempt('from_float(F)', lambda: Fraction.from_float(Fraction(1, 2)))
attempt('from_float(nan)', lambda: Fraction.from_float(float('nan')))
attempt('from_decimal(3)', lambda: Fraction.from_decimal(3))
attempt('from_decimal(1.5)', lambda: Fraction.from_decimal(1.5))
attempt('from_decimal("1")', lambda: Fraction.from_decimal('1'))


# another Rational converts through numerator/denominator
class Half(numbers.Rational):
    numerator = 1
    denominator = 2
    __add__ = __radd__ = __neg__ = __pos__ = __mul__ = __rmul__ = None
    __truediv__ = __rtruediv__ = __pow__ = __rpow__ = __abs__ = __eq__ = None
    __trunc__ = __floor__ = __ceil__ = __round__ = __floordiv__ = __rfloordiv__ = None
    __mod__ = __rmod__ = __lt__ = __le__ = None


print(repr(Fraction(Half())), repr(Fraction(Half(), Half())), repr(Fraction(3, Half())))

# properties and ratio
f = Fraction(-6, 4)
print(f.numerator, f.denominator, f.as_integer_ratio(), f.real, f.imag, f.conjugate())
attempt('set numerator', lambda: setattr(f, 'numerator', 3))
attempt('attribute', lambda: setattr(f, 'other', 3))
print(hasattr(f, 'is_integer'), hasattr(Fraction, 'is_integer'))

# subclasses keep their class in construction, not in arithmetic
class MyFraction(Fraction):
    pass


m = MyFraction(2, 4)
print(repr(m), type(m).__name__, type(m + 1).__name__, type(-m).__name__, type(+m).__name__)
print(repr(MyFraction.from_float(0.25)), type(MyFraction.from_float(0.25)).__name__)
print(type(m.limit_denominator(10)).__name__)

print(isinstance(Fraction(1, 2), numbers.Rational), isinstance(Fraction(1, 2), numbers.Integral))
print(issubclass(Fraction, numbers.Real), issubclass(Fraction, numbers.Number))
print(type(Fraction).__name__, [c.__name__ for c in Fraction.__mro__])
