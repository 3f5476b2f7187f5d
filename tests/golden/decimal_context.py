# decimal: Context (reprs, validation messages, copies), getcontext/setcontext/localcontext with 3.11 keywords, rounding modes, flags and traps, signals raised, context methods, FloatOperation
import decimal
from decimal import *
D = Decimal
print(getcontext())
print(BasicContext)
print(ExtendedContext)
print(DefaultContext)
c = Context(prec=5, rounding=ROUND_UP, Emin=-10, Emax=10, capitals=0, clamp=1, flags=[Inexact], traps=[Overflow])
print(c, c.Etiny(), c.Etop())
print(repr(c.flags), sorted(k.__name__ for k in c.flags if c.flags[k]))
c2 = c.copy(); c2.prec = 7; print(c.prec, c2.prec)
c.clear_flags(); c.clear_traps(); print(c)
for k in ['prec', 'Emin', 'Emax', 'rounding', 'capitals', 'clamp', 'flags', 'traps']:
    for v in [0, -1, 'x', 2**70, [], 1.5, 1]:
        try:
            Context(**{k: v})
            print(k, repr(v), 'ok')
        except Exception as e:
            print(k, repr(v), type(e).__name__, e)
try:
    c.prec = 0
except ValueError as e:
    print(e)
try:
    setcontext(5)
except TypeError as e:
    print(e)
print(ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(7), getcontext() is ctx)
print(D(1) / D(7))
with localcontext(prec=3, rounding=ROUND_FLOOR) as ctx:
    print(D(2) / D(3), -D(2) / D(3), ctx)
with localcontext(BasicContext) as ctx:
    print(ctx.prec, D(1) / D(3))
try:
    with localcontext(foo=5):
        pass
except TypeError as e:
    print(e)
try:
    with localcontext(prec=0):
        pass
except ValueError as e:
    print(e)
old = getcontext()
setcontext(ExtendedContext)
print(getcontext() is ExtendedContext, getcontext().prec, D(1) / D(0), D(0) / D(0), D(-1).sqrt(), getcontext().flags[DivisionByZero])
print(getcontext())
setcontext(old)
# rounding modes
for r in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
    c = Context(prec=2, rounding=r)
    print(r, [str(c.plus(D(x))) for x in ['1.25', '1.35', '-1.25', '-1.35', '1.21', '-1.29', '1.05', '1.01', '1.51', '9.99', '0.001']])
# traps and exceptions
c = Context(prec=3, traps=[Inexact])
try:
    c.divide(1, 3)
except Inexact as e:
    print(repr(e), c.flags[Inexact], c.flags[Rounded])
c = Context(Emax=5, Emin=-5, prec=3, traps=[Underflow, Clamped, Overflow, Subnormal])
for f in [lambda: c.multiply(D('1e5'), 100), lambda: c.multiply(D('1e-5'), D('1e-3')), lambda: c.divide(D('1e-5'), 7), lambda: c.create_decimal('1e-8')]:
    try:
        print(repr(f()))
    except DecimalException as e:
        print(type(e).__name__, e.args)
c = Context(Emax=5, Emin=-5, prec=3, traps=[])
for f in [lambda: c.multiply(D('1e5'), 100), lambda: c.multiply(D('1e-5'), D('1e-3')), lambda: c.divide(D('1e-5'), 7), lambda: c.create_decimal('1e-8'), lambda: c.create_decimal('1e6'), lambda: c.plus(D('1e5'))]:
    c.clear_flags()
    print(repr(f()), c)
c = Context(Emax=5, Emin=-5, prec=3, clamp=1, traps=[])
print(repr(c.plus(D('1e5'))), repr(c.plus(D('0e10'))), c)
# context methods
c = Context(prec=6)
print(c.add(1, 2), c.subtract(D('1.5'), 2), c.multiply(3, D('0.5')), c.divide(1, 7), c.divide_int(7, 2), c.remainder(7, 3), c.divmod(7, 3), c.power(2, 10), c.power(3, 4, 5), c.sqrt(2), c.exp(1), c.ln(10), c.log10(2), c.abs(-3), c.minus(3), c.plus(D('1.23456789')), c.fma(2, 3, 4), c.compare(1, 2), c.max(1, 2), c.min(1, 2), c.quantize(D('1.2345'), D('0.01')), c.to_integral_value(D('2.5')), c.to_integral_exact(D('2.5')), c.to_sci_string(D('1e10')), c.to_eng_string(D('1e10')), c.normalize(D('1.00')), c.logb(100), c.scaleb(1, 3), c.next_plus(1), c.next_minus(1), c.next_toward(1, 2), c.is_zero(0), c.is_signed(-1), c.number_class(1), c.copy_sign(1, -2), c.copy_abs(-1), c.copy_negate(1), c.same_quantum(1, 2), c.radix(), c.canonical(D(1)), c.remainder_near(10, 6), c.compare_total(1, 2), c.compare_signal(1, 2))
try:
    c.add(1, 1.5)
except TypeError as e:
    print(e)
try:
    c.add('1', 1)
except TypeError as e:
    print(e)
print(repr(c.create_decimal('1.23456789')), repr(c.create_decimal()), c.flags[Inexact])
import pickle, copy
print(pickle.loads(pickle.dumps(c)), copy.copy(c))
c = getcontext()
c.traps[FloatOperation] = True
try:
    D(1.5)
except FloatOperation as e:
    print('FloatOperation', e.args)
try:
    D(1) < 1.5
except FloatOperation as e:
    print('FloatOperation <', e.args)
print(D(1) == 1.0)
c.traps[FloatOperation] = False
print(sorted(n for n in dir(decimal) if not n.startswith("_")))
