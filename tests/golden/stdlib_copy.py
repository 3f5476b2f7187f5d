# copy: shallow and deep copies of builtin containers, user instances (no __init__ call,
# __dict__ and __slots__), __copy__/__deepcopy__, __getstate__/__setstate__, __reduce__,
# shared and cyclic references through the memo, and the errors.
import copy
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]['k'] is a[2]['k'], c)
t = (1, 2, (3, 4)); print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2]); t3 = copy.deepcopy(t2); print(t3 is t2, t3, t3[1] is t2[1])
s = {1, 2}; print(copy.copy(s), copy.copy(s) is s, copy.deepcopy(frozenset([1])), copy.copy(frozenset([1])))
d = {'a': [1]}; print(copy.copy(d)['a'] is d['a'], copy.deepcopy(d)['a'] is d['a'])
class Point:
    def __init__(self, x, y):
        print('init called'); self.x = x; self.y = y
    def __repr__(self): return f'Point({self.x}, {self.y})'
p = Point(1, [2])
q = copy.copy(p); r = copy.deepcopy(p)
print(q, r, q.y is p.y, r.y is p.y, type(r) is Point)
shared = [1]
pair = [shared, shared]; cp = copy.deepcopy(pair); print(cp[0] is cp[1], cp[0] is shared)
cyc = [1]; cyc.append(cyc); cc = copy.deepcopy(cyc); print(cc[1] is cc, cc is cyc)
class Node:
    def __init__(self): self.next = None
n1 = Node(); n2 = Node(); n1.next = n2; n2.next = n1
m1 = copy.deepcopy(n1); print(m1.next.next is m1, m1 is n1)
class WithCopy:
    def __init__(self, v): self.v = v
    def __copy__(self): print('__copy__'); return WithCopy(self.v + 1)
    def __deepcopy__(self, memo): print('__deepcopy__', type(memo).__name__); return WithCopy(copy.deepcopy(self.v, memo))
w = WithCopy(1); print(copy.copy(w).v, copy.deepcopy(w).v)
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
sl = Slotted(); s2 = copy.copy(sl); print(s2.a, hasattr(s2, 'b'))
class MyList(list): pass
ml = MyList([1, [2]]); ml.tag = 'x'; ml2 = copy.deepcopy(ml); print(type(ml2).__name__, ml2, ml2.tag, ml2[1] is ml[1])
class MyDict(dict): pass
md = MyDict(a=1); print(type(copy.copy(md)).__name__, copy.copy(md))
class GS:
    def __init__(self): self.v = 1
    def __getstate__(self): print('getstate'); return {'v': self.v * 10}
    def __setstate__(self, st): print('setstate', st); self.v = st['v']
print(copy.copy(GS()).v)
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 2,))
print(copy.copy(R(3)).v, copy.deepcopy(R(4)).v)
e = ValueError('bad', 1); e2 = copy.copy(e); print(type(e2).__name__, e2.args, e2 is e)
from collections import namedtuple, OrderedDict, deque
P = namedtuple('P', 'x y'); pt = P(1, [2]); pc = copy.deepcopy(pt); print(pc, pc.y is pt.y, copy.copy(pt))
od = OrderedDict(a=1, b=2); print(copy.deepcopy(od), copy.copy(od))
print(copy.copy(deque([1, 2])))
print(copy.copy(len) is len, copy.deepcopy(Point) is Point, copy.copy(None), copy.deepcopy(3.5))
memo = {}; x = [1]; y = copy.deepcopy([x, x], memo); print(y, id(x) in memo)
try:
    copy.copy(i for i in [])
except TypeError as e: print(e)
print(issubclass(copy.Error, Exception), copy.Error.__name__, copy.error is copy.Error)
def gen(): yield 1
try: copy.deepcopy(gen())
except TypeError as e: print(e)
ba = bytearray(b'ab'); print(copy.copy(ba), copy.deepcopy(ba), copy.copy(ba) is ba)
class Mixed:
    def __init__(self): self.items = [1, 2]; self.d = {'x': self.items}
mm = copy.deepcopy(Mixed()); print(mm.d['x'] is mm.items)
import random
from collections import deque
from collections import deque
d = deque([[1], [2]], maxlen=5); d2 = copy.deepcopy(d); print(d2, d2[0] is d[0], copy.copy(d), d.__reduce__()[:3])
r = random.Random(5); r2 = copy.copy(r); r3 = copy.deepcopy(r); print(r.random() == r2.random() == r3.random())
class DQ(deque): pass
q = DQ([1]); q.x = 1; q2 = copy.deepcopy(q); print(type(q2).__name__, q2, q2.x)
import array, types
a = array.array('i', [1, 2]); print(copy.copy(a), copy.deepcopy(a))
import types
ns = types.SimpleNamespace(a=[1]); n2 = copy.deepcopy(ns); print(n2, n2.a is ns.a)
print(copy.copy(range(3)), copy.deepcopy(slice(1, 2)), copy.deepcopy(b'x'), copy.copy(3+4j))
class E(Exception):
    def __init__(self, msg): super().__init__(msg); self.extra = [1]
e = E('m'); e2 = copy.deepcopy(e); print(e2, e2.extra, e2.extra is e.extra)
k = {(1, 2): [3], 'set': {(4, 5)}}; k2 = copy.deepcopy(k); print(k2, k2['set'] is k['set'])
class NeedsNew:
    def __new__(cls, v):
        o = super().__new__(cls); o.v = v; return o
try: copy.copy(NeedsNew(1))
except TypeError as e: print(e)
class Tree:
    def __init__(self, kids): self.kids = kids
leaf = Tree([]); root = Tree([leaf, leaf]); r2 = copy.deepcopy(root)
print(r2.kids[0] is r2.kids[1], r2.kids[0] is leaf)
memo = {}
a1 = copy.deepcopy([1, 2], memo); print(len(memo) >= 1)
import functools, types
# partial, lru_cache and singledispatch objects under copy
p = functools.partial(max, [1], key=abs); p.tag = [1]
p2 = copy.copy(p); p3 = copy.deepcopy(p)
print(p2.func is max, p2.args, p2.keywords, p2.keywords is p.keywords, p2.tag is p.tag, p3.args[0] is p.args[0], p3.tag is p.tag, p3())
print(p.__reduce__()[0].__name__, p.__reduce__()[1][0] is max)
@functools.singledispatch
def sd(x): return 'default'
print(copy.copy(sd) is sd, copy.deepcopy(sd) is sd)
@functools.lru_cache
def lc(x): return x
print(copy.copy(lc) is lc, copy.deepcopy(lc) is lc)
import types
ns = types.SimpleNamespace(a=[1]); print(copy.copy(ns).a is ns.a)
print(vars(p) == {'tag': [1]}, p.__dict__)
