# decimal: sqrt exp ln log10 at precisions 1 to 50 in three rounding modes, non-integral powers
from decimal import *
D = Decimal
vals = ['2', '0.5', '10', '1E-10', '123.456', '1E+50', '0.999999', '1.000001', '7.389056098930650227230427461', '1E-999', '3.5E+5', '-2']
for prec in [1, 5, 9, 28, 50]:
    for r in [ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP]:
        c = Context(prec=prec, rounding=r, traps=[])
        out = []
        for v in vals:
            d = D(v)
            for name in ['sqrt', 'exp', 'ln', 'log10']:
                c.clear_flags()
                out.append(str(getattr(c, name)(d)))
        print(prec, r, ' '.join(out))
c = Context(traps=[])
for a, b in [('2', '0.5'), ('10', '0.3'), ('0.2', '-1.7'), ('1.0001', '10000.5'), ('4', '0.5'), ('9', '1.5'), ('1E+10', '0.1')]:
    print(a, b, c.power(D(a), D(b)))
print(D(2).exp(Context(prec=100)))
print(D(2).ln(Context(prec=60)), D(2).sqrt(Context(prec=80)))
print(D('1e-20').exp(), D('-1e-20').exp(), D('12345').exp(), D('-12345').exp())
