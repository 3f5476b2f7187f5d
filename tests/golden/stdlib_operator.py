# operator: the function forms with functools.reduce and sorted keys, itemgetter,
# attrgetter (dotted names), methodcaller, reprs and error texts.
import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 1))
print(operator.sub(5, 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.neg(4))
print(operator.not_(0), operator.eq(1, 1), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2), operator.ne(1, 2))
print(operator.getitem([1, 2, 3], 1), operator.contains([1, 2], 2), operator.index(7), operator.__add__(1, 2))
pairs = [(1, 'b'), (2, 'a'), (3, 'c')]
print(sorted(pairs, key=itemgetter(1)), itemgetter(1, 0)(pairs[0]), itemgetter(1))
class P:
    def __init__(self, name, inner=None): self.name = name; self.inner = inner
    def greet(self, x, punct='!'): return 'hi ' + x + punct
p = P('a', P('b'))
print(attrgetter('name')(p), attrgetter('inner.name')(p), attrgetter('name', 'inner.name')(p), attrgetter('inner.name'))
print(methodcaller('greet', 'bob', punct='?')(p), methodcaller('greet', 'bob', punct='?'))
print(methodcaller('upper')('abc'), operator.concat([1], [2]), operator.countOf([1, 2, 1], 1), operator.indexOf([4, 5], 5))
print(operator.is_(None, None), operator.is_not(1, None), operator.truth([]), operator.abs(-3), operator.pow(2, 10))
l = [1]; operator.iadd(l, [2]); print(l, operator.length_hint([1, 2, 3]), operator.length_hint(5, 7))
d = {}; operator.setitem(d, 'k', 1); print(d); operator.delitem(d, 'k'); print(d)
for f in [lambda: operator.add(1), lambda: operator.neg(), lambda: itemgetter(), lambda: attrgetter(1),
          lambda: methodcaller(), lambda: methodcaller(3), lambda: operator.concat(1, 2), lambda: operator.indexOf([1], 3),
          lambda: operator.add(1, 'a'), lambda: attrgetter('inner.zzz')(p)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
for f in [operator.iand, operator.ior, operator.iadd, operator.and_]:
    try: f(1)
    except TypeError as e: print(e)
