# decimal: sqrt exp ln log10 logb normalize next_plus next_minus to_integral_exact number_class
# of infinities, NaNs, signed zeros and a negative number, with the flags each raises
from decimal import *
c = Context(traps=[])
for v in ['-Infinity', 'Infinity', 'NaN', '-sNaN3', '-0', '0', '-1']:
    d = Decimal(v)
    out = []
    for name in ['sqrt', 'exp', 'ln', 'log10', 'logb', 'normalize', 'next_plus', 'next_minus', 'to_integral_exact', 'number_class']:
        c.clear_flags()
        out.append('%s:%s%s' % (name, getattr(c, name)(d), sorted(s.__name__ for s in c.flags if c.flags[s])))
    print(v, ' '.join(out))
