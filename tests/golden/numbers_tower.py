# numbers: the abstract numeric tower, its registrations and abstract methods.
import numbers
from numbers import Number, Complex, Real, Rational, Integral

for v in [1, True, 1.5, 1j, 'a', None]:
    print(repr(v), [isinstance(v, c) for c in (Number, Complex, Real, Rational, Integral)])
for t in [int, bool, float, complex, str]:
    print(t.__name__, [issubclass(t, c) for c in (Number, Complex, Real, Rational, Integral)])
print(issubclass(Integral, Rational), issubclass(Real, Integral), numbers.__all__)
print(type(Number).__name__, Number.__hash__, [c.__name__ for c in Integral.__mro__])
for c in (Complex, Real, Rational, Integral):
    print(c.__name__, sorted(c.__abstractmethods__))
try:
    Real()
except TypeError as e:
    print('TypeError:', e)


class Seven(Integral):
    """A complete Integral, built on int."""

    def __init__(self): self.v = 7
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return pow(self.v, e, m)
    __lshift__ = __rlshift__ = __rshift__ = __rrshift__ = __and__ = __rand__ = None
    __xor__ = __rxor__ = __or__ = __ror__ = __invert__ = __rpow__ = None
    def __add__(self, o): return self.v + o
    __radd__ = __add__
    def __neg__(self): return -self.v
    def __pos__(self): return self.v
    def __mul__(self, o): return self.v * o
    __rmul__ = __mul__
    def __truediv__(self, o): return self.v / o
    def __rtruediv__(self, o): return o / self.v
    def __abs__(self): return abs(self.v)
    def __eq__(self, o): return self.v == o
    def __trunc__(self): return self.v
    __floor__ = __ceil__ = __trunc__
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return self.v // o
    def __rfloordiv__(self, o): return o // self.v
    def __mod__(self, o): return self.v % o
    def __rmod__(self, o): return o % self.v
    def __lt__(self, o): return self.v < o
    def __le__(self, o): return self.v <= o


s = Seven()
print(s.numerator, s.denominator, float(s), complex(s), s.real, s.imag, s.conjugate())
print(bool(s), s - 2, 10 - s, divmod(s, 2), divmod(20, s), [0, 1, 2, 3, 4, 5, 6, 7, 8][s])
print(isinstance(s, Real), hash(s) if Seven.__hash__ else 'unhashable')


class Meters:
    pass


Real.register(Meters)
print(isinstance(Meters(), Complex), isinstance(Meters(), Rational), issubclass(Meters, Number))
