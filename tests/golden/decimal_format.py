# decimal: __format__ (f e g % n, width, fill, align, sign, z, ',' grouping, the specs C decimal rejects), to_eng_string, capitals
from decimal import *
D = Decimal
values = ['0', '-0', '1', '-1', '1234567.891', '0.000012345', '-0.001', '123.456', '1E+5', '1E-7',
          '12345678', '0.5', '99.96', '9.996', '1.5', '12.5', 'NaN', '-Infinity', 'sNaN', '0E+5', '0E-5', '2.5']
specs = ['', 'f', '.2f', '.0f', ',', ',.2f', '015,.2f', 'e', '.0e', '.3e', 'E', 'g', '.3g', '.2g', 'G',
         '%', '.1%', 'n', '>12', '<12', '^12', '*^+14.3f', '=+10', '0=10', '010', ' .4', '+.1e', 'z.1f',
         'z', '-^9', '15.3', '.10', ',g', '010.0', '_<10', 'x', '_', '#.0f', '<010']
for v in values:
    d = D(v)
    out = []
    for s in specs:
        try:
            out.append(format(d, s))
        except ValueError as e:
            out.append('ERR ' + str(e))
    print(v, '|'.join(out))
print('{:,.3f} {:>10} {!r} {}'.format(D('1234.5678'), D('1.5'), D('2.5'), D('3.5')))
print(f"{D('3.14159'):.2f} {D('-2'):+} {D('1e3'):f}")
with localcontext(rounding=ROUND_DOWN):
    print(format(D('1.99'), '.1f'), format(D('-1.99'), '.1f'))
getcontext().capitals = 0
print(D('1e10'), repr(D('1e10')), format(D('1e10'), ''), D('1e10').to_eng_string())
for s in ['1E+10', '123E+5', '1.5E-8', '0E+4', '-1.23456E+1', '12345E-12', '0.00E-8']:
    print(s, D(s).to_eng_string())
