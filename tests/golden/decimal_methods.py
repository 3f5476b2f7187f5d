# decimal: the other Decimal methods (quantize, to_integral, round, floor, ceil, hash, as_tuple,
# as_integer_ratio, predicates, next_*, logb, scaleb), comparisons with float and Fraction,
# pickle and copy
from decimal import *
import decimal, math, pickle, copy
from fractions import Fraction
D = Decimal
print(repr(D(5).fma(2,3)), D(1).compare(2), D(1).max(D('nan')), D('1.50').normalize(), D('0.00').normalize(), D(100).normalize(), D('-1.5').copy_sign(1), D('1.234').adjusted(), D('-1.234e5').as_tuple(), D('-1.25').as_integer_ratio(), D('1.5').__round__(), round(D('2.5')), round(D('2.567'), 2), round(D('2.567'), -1), math.floor(D('-2.5')), math.ceil(D('-2.5')), math.trunc(D('-2.5')))
print(D(1) == 1.0, D('0.5') < 1, hash(D('1.5')) == hash(1.5), hash(D('-0.25')), hash(D('1e100')) == hash(10**100), hash(D('inf')), hash(D('-inf')), hash(D(7)), hash(D('7.000')), hash(D('-1')))
print(D('0.5') == Fraction(1, 2), D('0.3') < Fraction(1, 3), D('inf') > Fraction(1, 3), D(1) != 'a', D(2) > 1.5)
for f in [lambda: getcontext().add(1, 1.5), lambda: getcontext().add(1, 2), lambda: int(D('nan')), lambda: int(D('-inf')), lambda: round(D('nan')), lambda: round(D('inf')), lambda: D('snan').as_integer_ratio(), lambda: D('inf').as_integer_ratio(), lambda: float(D('snan')), lambda: float(D('-nan')), lambda: hash(D('snan')), lambda: D('nan') < 1, lambda: D('snan') == 1, lambda: D('nan') == 1, lambda: D(1) / 0, lambda: D(0) / 0, lambda: D(1) % 0, lambda: divmod(D(1), 0), lambda: D(1) // 0, lambda: math.floor(D('nan')), lambda: round(D('1.5'), 'a'), lambda: D(3).quantize(1), lambda: D(-1).sqrt(), lambda: D(1).quantize(D('1e-30')), lambda: D('1e999999') * 10, lambda: D('123.456').quantize(D('0.01'), rounding=ROUND_UP), lambda: D('-123.455').quantize(D('0.01')), lambda: D('1e-5').quantize(D('1e-1000000')), lambda: D('7.5').to_integral_value(), lambda: D('7.5').to_integral_exact(ROUND_FLOOR), lambda: D('-7.5').to_integral(), lambda: D('1.3e5').to_integral(), lambda: float(D('1.1')), lambda: float(D('-1e400')), lambda: complex(D('2.5')), lambda: int(D('123456789.9')), lambda: D('12.345').__format__('.2f'), lambda: D('1.23') * True, lambda: pow(D(3), 4, 5), lambda: pow(D(3), D('4.5'), 5), lambda: D('1e10').sqrt(), lambda: D('0.25').sqrt(), lambda: D('2').ln(), lambda: D('0.5').log10(), lambda: D('123.456').exp(), lambda: D('-123.456').exp(), lambda: D('1e-30').ln(), lambda: D('100').log10(), lambda: D('1e-8').log10(), lambda: D(-5).logb(), lambda: D(0).logb(), lambda: D('1.5').scaleb(3), lambda: D('7').remainder_near(4), lambda: D('1').next_plus(), lambda: D('1').next_minus(), lambda: D('1').next_toward(2), lambda: D('1').next_toward(0), lambda: D('inf').next_minus(), lambda: D('1.000').same_quantum(D('2.000')), lambda: D('1').min(D('-0')), lambda: D('1').max_mag(D('-2')), lambda: D('-1').min_mag(D('1')), lambda: D('1.20').compare_total(D('1.2')), lambda: D('nan').compare_total(D('inf')), lambda: D('-0').compare_signal(0), lambda: D('nan').compare_signal(0)]:
    getcontext().clear_flags()
    try:
        r = f()
        print(repr(r), [s.__name__ for s in getcontext().flags if getcontext().flags[s]])
    except Exception as e:
        print('ERR', type(e).__name__, e)
for s in ['1E+5', '-0', '1.00', '0.000001', '0.0000001', '123E-20', '-5E+8', 'NaN', '-sNaN12']:
    d = D(s)
    print(str(d), d.to_eng_string(), d.number_class(), d.is_normal(), d.is_subnormal(), d.is_zero(), d.is_signed(), d.is_finite(), d.is_nan(), d.is_qnan(), d.is_snan(), d.is_infinite(), d.is_canonical(), d.copy_abs(), d.copy_negate(), d.radix(), d.canonical(), d.conjugate(), d.real, d.imag)
print(D('1e-999999').is_subnormal(), D('1e-1000000').number_class(), D('1e-1000000').is_normal())
for d in [D('1.5'), D('-0'), D('nan'), D('sNaN5'), D('inf')]:
    print(repr(pickle.loads(pickle.dumps(d))), repr(copy.copy(d)), repr(copy.deepcopy(d)), d.__reduce__())
class MyDec(D):
    pass
m = MyDec('2.5')
print(type(copy.copy(m)).__name__, type(pickle.loads(pickle.dumps(m))).__name__, repr(m))
print(DecimalTuple(0, (1,), 2), D(DecimalTuple(1, (2, 5), -1)))
print(sorted([D('1.5'), 1, D('0.5'), 2.25]), max(D(1), D(2)), sum([D('0.1')] * 10))
print(D('1.5') in {D('1.50'): 1}, {D('1.5'): 'a'}[1.5])
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR, decimal.__version__)
print(D.__module__, D, Context, InvalidOperation, type(D(1)), DecimalTuple, D.__name__, D.__qualname__)
print(issubclass(D, object), isinstance(D(1), D), decimal.DecimalException.__mro__)
print(-D('0'), +D('-0'), abs(D('-1.5')), -D('1.23456789012345678901234567890'), D('-0') + D('0'), D('-0') - D('0'))
print(bool(D(0)), bool(D('0.0')), bool(D('nan')), bool(D('1e-5')))
