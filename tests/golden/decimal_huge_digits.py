# decimal with coefficients far past int's 4300-digit str limit: construction from
# strings, str/repr, format, as_tuple, arithmetic, int() and rounding behave as
# CPython's decimal (which has no such limit), while str(int) keeps its limit
import sys
from decimal import Decimal, getcontext, localcontext

digits = ''.join(str(i * 7 % 10) for i in range(12345))
d = Decimal(digits)
print(len(str(d)), str(d)[:30], str(d)[-30:])
print(repr(Decimal('-' + digits + 'e-100'))[:40])
print(d.adjusted(), len(d.as_tuple().digits), d.as_tuple().digits[-5:])
print(format(d, '.5e'), format(d, 'e')[-12:])
print(len(format(d, 'f')), len(format(d, ',f')), format(d, ',f')[:14])
print(str(Decimal('NaN' + '1' * 5000))[:12], len(str(Decimal('sNaN' + '1' * 5000))))
with localcontext() as ctx:
    ctx.prec = 20000
    e = d * 3 + 1
    print(len(str(e)), str(e)[:25], str(e)[-5:])
    print(str(d / 7)[:30], len(str(d / 7)))
    print(str(d.sqrt())[:30], d.sqrt().adjusted())
    i = int(d)
    print(i.bit_length(), i % 1000003)
    print(len(str(Decimal(i))), Decimal(i) == d)
    print(len(str(Decimal(10) ** 6000)))
print(str(+d), d.adjusted())
print(d.quantize(Decimal('1e12320')))
print(Decimal('1e' + '0' * 5000 + '5'))
print(Decimal(digits[:5000] + '.' + digits[:5000]).adjusted())
try:
    str(int(d))
except ValueError as e:
    print(type(e).__name__, e)
print(sys.get_int_max_str_digits())
