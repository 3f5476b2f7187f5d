# decimal: ** over special, integral, non-integral, huge and tiny exponents (exact powers, correctly rounded ones, overflow, underflow)
from decimal import *
import sys
D = Decimal
vals = ['0', '-0', '1', '-1', '2.50', '3', '7', '-7', '0.1', '1E+3', '1.5E-3', '123456789', '9.99999999999999999999999999999', 'Infinity', '-Infinity', 'NaN', '1E+999999', '1E-999999', '12345678901234567890123456789012']
getcontext().traps[Overflow] = False
getcontext().traps[DivisionByZero] = False
getcontext().traps[InvalidOperation] = False
for x in vals:
    for y in vals:
        getcontext().clear_flags()
        r = D(x) ** D(y)
        fl = [s.__name__ for s in getcontext().flags if getcontext().flags[s]]
        print(x, y, r, fl)
