# decimal: Decimal() from strings (underscores, Unicode digits, NaN payloads, bad syntax), tuples, ints, floats, Decimals; create_decimal; subclasses
from decimal import *
import decimal
D = Decimal
tests = ['1_000', '1_0.0_1', '1e1_0', ' 12 ', '1__0', '_1', 'nan_1', 'NaN12', 'sNaN', '-Inf', 'infinity', '+inFinity', '.5', '5.', '.', '1e', 'e1', '١٢', '1 2', 'snan01', 'nan-1', '0E-1000000000000', '\u00a05', '-0', '-0.000', '1.23E+5', '1.23e-5', '123456789012345678901234567890123', '0.0000001', '1E+2', '-1e-7', '100E-2', '', '  ', '+', '-.5e+3', 'NaN', '-NaN', '-sNaN7', 'Inf1', '1e+', '1.2.3', '0x10', '1e1.5']
for t in tests:
    try:
        d = D(t)
        print(repr(t), repr(d), str(d), d.as_tuple())
    except Exception as e:
        print(repr(t), 'ERR', type(e).__name__, e)
for t in [(0,(1,2),3), [1,(1,),-2], (0,(),'F'), (1,(1,2),'n'), (0,(1,),'N'), (2,(1,),0), (0,(10,),0), (0,[1],0), (0,(1,),'x'), (0,(1,),1.0), (0,(1,2)), (0,(0,0,1),0), (1, (), 0), (0, (4,5), -30)]:
    try: print(repr(t), repr(D(t)))
    except Exception as e: print(repr(t), 'ERR', type(e).__name__, e)
for t in [1.5, float('nan'), float('-inf'), -0.0, 0.1, [], None, 2**100, -5, True, 1+2j, D('3.5'), 1e300, 5e-324]:
    try: print(repr(t), repr(D(t)))
    except Exception as e: print(repr(t), 'ERR', type(e).__name__, e)
print(getcontext().flags[FloatOperation])
print(repr(D.from_float(0.25)), repr(D.from_float(3)))
try: D.from_float('a')
except TypeError as e: print(e)
class MyDec(Decimal):
    pass
m = MyDec('1.5')
print(type(m).__name__, repr(m), type(m + 1).__name__, repr(MyDec.from_float(0.5)), type(MyDec.from_float(0.5)).__name__)
c = Context(prec=3)
print(repr(c.create_decimal('1.23456')), repr(c.create_decimal(1.5)), repr(c.create_decimal_from_float(0.1)), c.flags[Inexact])
print(repr(c.create_decimal('NaN12345')), c.flags[InvalidOperation])
print(repr(D('abc', Context(traps=[]))))
print(repr(D('1.234567', Context(prec=2))))
print(repr(D(D('5'))), D('5') is D('5'))
try:
    D('xyz')
except InvalidOperation as e:
    print(repr(e), e.args)
D('12.5x')
