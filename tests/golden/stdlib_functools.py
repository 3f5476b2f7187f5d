# functools: the spec's functools section as written, then partial, lru_cache/cache,
# wraps/update_wrapper, total_ordering, cmp_to_key and cached_property in detail; ends
# with the uncaught error of reduce() over an empty iterable.
from functools import reduce, partial, lru_cache

# reduce - apply function cumulatively
numbers = [1, 2, 3, 4, 5]
total = reduce(lambda x, y: x + y, numbers)
print(total)  # 15

# partial - create function with preset arguments
def power(base, exponent):
    return base ** exponent

square = partial(power, exponent=2)
cube = partial(power, exponent=3)

print(square(5))  # 25
print(cube(5))    # 125

# lru_cache - memoization
@lru_cache(maxsize=None)
def fibonacci(n):
    if n <= 1:
        return n
    return fibonacci(n-1) + fibonacci(n-2)

print(fibonacci(100))  # Fast due to caching

import functools
print(fibonacci.cache_info())
fibonacci.cache_clear(); print(fibonacci.cache_info(), fibonacci.__name__, fibonacci.__wrapped__.__name__)
@lru_cache
def sq(x): 
    "square it"
    return x * x
print(sq(3), sq(3), sq(4), sq.cache_info(), sq.__doc__, sq.__qualname__, sq.__module__)
@lru_cache(maxsize=2)
def f(x): print('compute', x); return x
f(1); f(2); f(1); f(3); f(2); f(1)
print(f.cache_info(), f.cache_parameters())
@lru_cache(maxsize=0)
def g(x): return x
g(1); g(1); print(g.cache_info())
@lru_cache(typed=True)
def h(x): return x
h(1); h(1.0); h(1); print(h.cache_info())
@functools.cache
def k(a, b=2): return a + b
print(k(1), k(1, b=2), k(a=1, b=2), k(1), k.cache_info())
class C:
    def __init__(self, v): self.v = v
    @lru_cache(maxsize=32)
    def m(self, x): return self.v * x
c = C(3); print(c.m(2), c.m(2), C.m.cache_info())
p = partial(int, base=2); print(p('101'), p.func, p.args, p.keywords, repr(p))
p2 = partial(partial(max, 1), 5, key=abs); print(p2.func, p2.args, p2.keywords, p2(-7))
p3 = partial(sorted, key=len); print(p3(['aaa', 'b'], key=None))
print(repr(partial(max, 1, 2, key=None)))
for fn in [lambda: reduce(lambda a, b: a, []), lambda: partial(), lambda: partial(3), lambda: reduce(max, 5),
           lambda: lru_cache('x'), lambda: reduce(max)]:
    try: fn()
    except Exception as e: print(type(e).__name__, e)
print(reduce(lambda a, b: a * b, [], 7), reduce(lambda a, b: a - b, [1], 0))
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **kw):
        """wrapper doc"""
        return fn(*a, **kw)
    return wrapper
@deco
def hello(name):
    """Say hello."""
    return 'hello ' + name
hello.extra = 1
print(hello('x'), hello.__name__, hello.__doc__, hello.__qualname__, hello.__wrapped__.__name__, hello.__module__)
def w2(): pass
def src(): "doc"
src.attr = 5
functools.update_wrapper(w2, src); print(w2.__name__, w2.__doc__, w2.attr, w2.__wrapped__ is src)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(2) >= V(1), V(3) >= V(4), V(1) <= V(0))
@functools.total_ordering
class W:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(W(1) < W(2), W(1) > W(2), W(1) <= W(1), W(2) >= W(1), sorted([W(3), W(1), W(2)])[0].v)
try:
    @functools.total_ordering
    class Z: pass
except ValueError as e: print(e)
def cmp(a, b): return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(cmp)), sorted(['bb', 'a', 'ccc'], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
K = functools.cmp_to_key(cmp); print(K(1) < K(2), K(3).obj)
class D:
    def __init__(self): self.n = 0
    @functools.cached_property
    def val(self):
        self.n += 1
        print('computing')
        return 42
d = D(); print(d.val, d.val, d.n, 'val' in d.__dict__); del d.val; print(d.val, d.n)
print(type(D.__dict__['val']).__name__, D.val.attrname)
# partial: keyword override at call time, nested flattening, attributes
def f(a, b=0, *, c=1): return (a, b, c)
p = partial(f, 1, c=5)
print(p(), p(2), p(2, c=9), p.args, p.keywords)
pp = partial(p, 3, c=7); print(pp.func is f, pp.args, pp.keywords, pp())
p.attr = 1; ppp = partial(p, 4); print(ppp.func is p, ppp.args, ppp())
print(repr(partial(len)), repr(partial(max, [1], key=abs)), type(p).__name__)
class MyPartial(partial): pass
print(repr(MyPartial(min, 3)), MyPartial(min, 3)(1))
# lru_cache details
calls = []
@lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return x * x
for v in [1, 2, 3, 1, 4, 2, 5, 1]: sq(v)
print(calls, sq.cache_info())
@lru_cache()
def kw(a, b=0): return a - b
kw(1, b=2); kw(b=2, a=1); kw(1, 2); kw(1, b=2); print(kw.cache_info())
@lru_cache(maxsize=-5)
def neg(x): return x
neg(1); neg(1); print(neg.cache_info())
@lru_cache(None, True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
@lru_cache
def nocache_args(): return 'x'
print(nocache_args(), nocache_args(), nocache_args.cache_info())
print(type(sq.cache_info()).__name__, sq.cache_info().hits, sq.cache_info()[1], sq.cache_info()._fields)
try:
    @lru_cache
    def unhashable(x): return x
    unhashable([1])
except TypeError as e: print(e)
class Q:
    @functools.cache
    def val(self): return 7
q = Q(); print(q.val(), q.val(), Q.val.cache_info().hits)
# cached_property errors
class NoSet:
    pass
cp = functools.cached_property(lambda self: 1)
try: cp.__get__(NoSet(), NoSet)
except TypeError as e: print(e)
class Slots:
    __slots__ = ('x',)
    @functools.cached_property
    def y(self): return 1
try: Slots().y
except TypeError as e: print(e)
# total_ordering with NotImplemented passing through
@functools.total_ordering
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Num) and self.v == o.v
    def __gt__(self, o):
        if not isinstance(o, Num): return NotImplemented
        return self.v > o.v
print(Num(1) < Num(2), Num(2) <= Num(2), Num(3) >= Num(1), Num.__lt__.__name__ if hasattr(Num.__lt__, '__name__') else '?')
try: Num(1) < 5
except TypeError as e: print(e)
# wraps keeps attributes, sets __wrapped__
def logged(func):
    @functools.wraps(func)
    def inner(*args, **kwargs):
        return func(*args, **kwargs) * 2
    return inner
@logged
def add(a, b):
    "Add two numbers."
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(2, 3))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
print(sorted([5, 2, 9], key=functools.cmp_to_key(lambda a, b: b - a)))
try: hash(functools.cmp_to_key(lambda a, b: 0)(1))
except TypeError as e: print(e)
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
# singledispatch and singledispatchmethod
from functools import singledispatch, singledispatchmethod
@singledispatch
def fun(arg, verbose=False):
    "Generic."
    if verbose:
        print("Let me just say,", end=" ")
    print(arg)
@fun.register
def _(arg: int, verbose=False):
    if verbose:
        print("Strength in numbers, eh?", end=" ")
    print(arg)
@fun.register(list)
def _(arg, verbose=False):
    if verbose:
        print("Enumerate this:")
    for i, elem in enumerate(arg):
        print(i, elem)
@fun.register
def _(arg: float | complex):
    print('number', arg)
def nothing(arg, verbose=False):
    print("Nothing.")
fun.register(type(None), nothing)
fun("Hello, world.")
fun("test.", verbose=True)
fun(42, verbose=True)
fun(['spam', 'spam', 'eggs', 'spam'], verbose=True)
fun(None)
fun(1.5); fun(2j); fun(True)
print(fun.dispatch(float).__name__, fun.dispatch(dict) is fun.__wrapped__, fun.__name__, fun.__doc__)
print(sorted(k.__name__ for k in fun.registry.keys()))
class Base: pass
class Derived(Base): pass
@fun.register
def _(arg: Base): print('base', type(arg).__name__)
fun(Derived())
try: fun()
except TypeError as e: print(e)
try:
    @fun.register
    def _(arg): pass
except TypeError as e: print(str(e)[:40], str(e)[-60:])
try: fun.register(3, lambda x: x)
except TypeError as e: print(e)
class Negator:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register
    def _(self, arg: bool):
        return not arg
n = Negator(); print(n.neg(5), n.neg(True))
try: n.neg('x')
except NotImplementedError as e: print(e)
# partialmethod
from functools import partialmethod
class Cell:
    def __init__(self):
        self._alive = False
    @property
    def alive(self):
        return self._alive
    def set_state(self, state, note=''):
        self._alive = bool(state)
        return note
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note='dead')
    @classmethod
    def make(cls, a, b): return (cls.__name__, a, b)
    make1 = partialmethod(make, 1)
c = Cell()
print(c.alive, c.set_alive(), c.alive, c.set_dead(), c.alive, c.set_alive(note='x'))
print(Cell.set_alive(c), c.alive, Cell.make1(2), c.make1(3))
pm = Cell.__dict__['set_dead']; print(pm.args, pm.keywords, pm.func.__name__, type(pm).__name__)
p = c.set_alive; print(type(p).__name__, p.args, p.__self__ is c)
pm2 = partialmethod(pm, note='z'); print(pm2.args, pm2.keywords)
print(repr(partialmethod(len, 1, k=2))[:30])
# LRU order under a random mix of hits and evictions
import functools, random
random.seed(7)
log = []
@functools.lru_cache(maxsize=50)
def f(x):
    log.append(x)
    return x
for i in range(200000):
    f(random.randrange(120))
print(f.cache_info(), sum(log), len(log), log[-10:])
# lru_cache(func, typed) called directly, on a builtin; reduce with an initial None
def f(x): return x
w = functools.lru_cache(f, True); w(1); w(1.0); print(w.cache_info(), w.cache_parameters())
try: functools.lru_cache(f, 1)
except TypeError as e: print(e)
w2 = functools.lru_cache(len); print(w2('abc'), w2.__name__, w2.__wrapped__ is len)
print(functools.reduce(lambda a, b: a, [], None))
reduce(lambda x, y: x + y, [])
