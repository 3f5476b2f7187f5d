# decimal: + - * / // % divmod ** remainder_near compare max min max_mag compare_total < == >= over zeros, signs, infinities, NaNs, extreme exponents and a 32-digit operand, with the flags each raises
from decimal import *
import decimal, math
D = Decimal
vals = ['0', '-0', '1', '-1', '2.50', '3', '7', '-7', '0.1', '1E+3', '1.5E-3', '123456789', '9.99999999999999999999999999999', 'Infinity', '-Infinity', 'NaN', '1E+999999', '1E-999999', '12345678901234567890123456789012']
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
       ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
       ('divmod', lambda a, b: divmod(a, b)), ('**', lambda a, b: a ** b),
       ('rn', lambda a, b: a.remainder_near(b)), ('cmp', lambda a, b: a.compare(b)),
       ('max', lambda a, b: a.max(b)), ('min', lambda a, b: a.min(b)),
       ('maxmag', lambda a, b: a.max_mag(b)), ('ct', lambda a, b: a.compare_total(b)),
       ('lt', lambda a, b: a < b), ('eq', lambda a, b: a == b), ('ge', lambda a, b: a >= b)]
getcontext().traps[Overflow] = False
getcontext().traps[DivisionByZero] = False
getcontext().traps[InvalidOperation] = False
for name, op in ops:
    for x in vals:
        for y in vals:
            getcontext().clear_flags()
            try:
                r = op(D(x), D(y))
                fl = [s.__name__ for s in getcontext().flags if getcontext().flags[s]]
                print(name, x, y, r, fl)
            except Exception as e:
                print(name, x, y, 'ERR', type(e).__name__, e)
