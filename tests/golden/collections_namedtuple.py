# collections.namedtuple: construction by position and keyword, field access, tuple
# behaviour, _fields/_asdict/_replace/_make, defaults, rename, subclasses and the
# errors of bad arguments and bad field names.
from collections import namedtuple

P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p.y, p[0], len(p), p + (3,), p * 2, tuple(p), p == (1, 2), isinstance(p, tuple))
print(P._fields, p._asdict(), p._replace(y=5), P._make([7, 8]), hash(p) == hash((1, 2)), "%d-%d" % p)
x, y = p
print(x, y, type(p).__name__, P.__name__, P.__match_args__)
Q = namedtuple("Q", ["a", "b", "c"], defaults=[10, 20])
print(Q(1), Q(1, 2, 3), Q._field_defaults, Q(a=0, c=5))
R = namedtuple("R", "a, def, a, _b", rename=True)
print(R._fields)

class Sub(P):
    def norm(self):
        return self.x ** 2 + self.y ** 2
s = Sub(3, 4)
print(s, s.norm(), isinstance(s, P), s + p)
match p:
    case P(a, b):
        print("match", a, b)
tests = [lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, x=2), lambda: P(1, z=3), lambda: P(), lambda: Q(),
         lambda: p._replace(z=1), lambda: P._make([1]), lambda: setattr(p, "x", 5), lambda: p.__setitem__(0, 1),
         lambda: namedtuple("T", "a a"), lambda: namedtuple("T", "a _b"), lambda: namedtuple("T", "a class"),
         lambda: namedtuple("T", "a 1b"), lambda: namedtuple("1T", "a"), lambda: namedtuple("T", "a", defaults=[1, 2])]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
# the default docstring lists the fields
print(namedtuple('Pair', 'left right').__doc__)
