# fractions.Fraction comparisons (with int, float including nan/inf, complex, Fraction),
# hash equal to int's and float's, bool, floor/ceil/trunc/round/int/float, str/repr/format,
# limit_denominator, copy and pickle.
import copy
import math
import pickle
import sys
from fractions import Fraction as F


def attempt(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)


nan, inf = float('nan'), float('inf')
values = [F(1, 2), F(-7, 3), F(3), F(0), 0, 3, -2, True, 0.5, 3.0, -2.3333, nan, inf, -inf,
          0.5 + 0j, 3 + 1j]
for x in [F(1, 2), F(-7, 3), F(3)]:
    for y in values:
        row = [x == y, y == x, x != y]
        if not isinstance(y, complex):
            row += [x < y, x <= y, x > y, x >= y, y < x, y <= x, y > x, y >= x]
        print(repr(x), repr(y), row)
attempt('F < 1j', lambda: F(1) < 1j)
attempt('1j >= F', lambda: 1j >= F(1))
attempt('F < "a"', lambda: F(1) < 'a')
attempt('F > None', lambda: F(1) > None)
print(F(1, 2) == 'a', F(1, 2) != None, F(1, 2) in [0.5], sorted([F(1, 3), 0.3, 1, F(-1), 0]))
print(max(F(1, 3), F(2, 7)), min(1, F(3, 4), 0.8))

# hash agrees with int and float of equal value
for f in [F(1, 2), F(-1, 2), F(3), F(-1), F(0), F(1, 3), F(-22, 7), F(10 ** 30, 7),
          F(1, 2 ** 61 - 1), F(-5, 2 ** 61 - 1), F(2 ** 61 - 1), F(1, 10 ** 25)]:
    print(repr(f), hash(f))
print(hash(F(1, 2)) == hash(0.5), hash(F(-3)) == hash(-3), hash(F(5, 4)) == hash(1.25))
print(len({F(1, 2), 0.5, F(2, 4), 1, F(1), 1.0, True}), {F(1, 2): 'a'}[0.5])
print(sys.hash_info.modulus == 2 ** 61 - 1 or sys.hash_info.modulus == 2 ** 31 - 1)

# truth, rounding, conversions
for f in [F(7, 2), F(-7, 2), F(5, 2), F(-5, 2), F(1, 3), F(-1, 3), F(4), F(0), F(2, 3)]:
    print(repr(f), bool(f), math.floor(f), math.ceil(f), math.trunc(f), int(f), round(f),
          float(f), complex(f))
for f in [F(12345, 1000), F(-12345, 1000), F(125, 100), F(135, 100), F(1, 3)]:
    print(repr(f), [repr(round(f, n)) for n in [0, 1, 2, 3, -1, -2]])
print(type(round(F(7, 2))).__name__, type(round(F(7, 2), 0)).__name__)
print(float(F(1, 3)), float(F(2, 3)), float(F(10 ** 30 + 1, 3 ** 40)), float(F(-1, 10 ** 400)))
print(float(F(2 ** 53 + 1, 1)), float(F(1, 2 ** 1074)), float(F(1, 2 ** 1076)), float(F(3, 2 ** 1076)))
attempt('float(big)', lambda: float(F(10 ** 400, 3)))
attempt('round(F, 1.5)', lambda: round(F(1, 3), 1.5))
attempt('"abc"[F(1)]', lambda: 'abc'[F(1)])

# text
f = F(-3, 4)
print(str(f), repr(f), str(F(5)), repr(F(5)), '%s %r' % (f, f), f'{f} {f!r}', format(f, ''))
print([F(1, 2), F(3)], {'k': F(2, 3)})
attempt('format(F, ".2f")', lambda: format(F(1, 3), '.2f'))
attempt('format(F, "10")', lambda: format(F(1, 3), '10'))

# limit_denominator
pi = F('3.141592653589793')
for n in [1, 2, 7, 10, 100, 113, 1000, 10 ** 6]:
    print(n, repr(pi.limit_denominator(n)), repr((-pi).limit_denominator(n)))
print(repr(F(0.1).limit_denominator()), repr(F(3, 7).limit_denominator(7)),
      repr(F(1, 2).limit_denominator(1)), repr(F(3, 2).limit_denominator(1)))
attempt('limit_denominator(0)', lambda: F(1, 3).limit_denominator(0))

# copy and pickle
g = F(5, 7)
print(copy.copy(g) is g, copy.deepcopy(g) is g, copy.deepcopy([g])[0] == g, g.__reduce__())
print(repr(pickle.loads(pickle.dumps(g))), repr(pickle.loads(pickle.dumps([F(-1, 3), F(2)]))))
