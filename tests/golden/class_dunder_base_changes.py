# Dunders set or deleted on a base class reach existing subclasses and instances (CPython's update_slot over tp_subclasses)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

class A:
    def __init__(self, x):
        self.x = x
class B(A):
    pass
class C(B):
    pass
print(B(1).x, C(2).x)
del A.__init__
attempt("B(1) after del", lambda: B(1))
attempt("C(1) after del", lambda: C(1))
attempt("B() after del", lambda: type(B()).__name__)
def init2(self, a, b):
    self.x = a + b
A.__init__ = init2
print(B(1, 2).x, C(3, 4).x)
def bad_init(self):
    return 5
A.__init__ = bad_init
attempt("init returns 5", lambda: C())

# arithmetic and comparison appearing later
class N:
    def __init__(self, v):
        self.v = v
class M(N):
    pass
m = M(3)
attempt("m + 1 before", lambda: m + 1)
N.__add__ = lambda self, o: self.v + o
N.__radd__ = lambda self, o: o * 100 + self.v
print(m + 1, 1 + m)
del N.__add__
attempt("m + 1 after del", lambda: m + 1)
print(2 + m)
N.__eq__ = lambda self, o: isinstance(o, N) and self.v == o.v
print(M(1) == M(1), M(1) != M(1), M(1) == M(2))
N.__lt__ = lambda self, o: self.v < o.v
print(sorted([M(3), M(1), M(2)], key=lambda x: x)[0].v, M(1) < M(2))
del N.__eq__
print(M(1) == M(1))
del N.__lt__
attempt("M(1) < M(2) after del", lambda: M(1) < M(2))

# hash: set later, deleted later
class H:
    pass
class HS(H):
    pass
h = HS()
H.__hash__ = lambda self: 42
print(hash(h), hash(HS()))
H.__hash__ = None
attempt("hash None", lambda: hash(h))
del H.__hash__
print(type(hash(h)).__name__)

# __getattr__ and __getattribute__
class G:
    pass
class GS(G):
    pass
g = GS()
attempt("g.foo before", lambda: g.foo)
G.__getattr__ = lambda self, name: "dyn:" + name
print(g.foo, GS().bar)
del G.__getattr__
attempt("g.foo after del", lambda: g.foo)
g.real = 1
G.__getattribute__ = lambda self, name: "ga:" + name
print(g.real, g.zzz)
del G.__getattribute__
print(g.real)

# __setattr__ / __delattr__
class S:
    pass
class SS(S):
    pass
s = SS()
log = []
S.__setattr__ = lambda self, k, v: log.append((k, v))
s.a = 1
print(log, hasattr(s, "a"))
del S.__setattr__
s.a = 2
print(s.a)
S.__delattr__ = lambda self, k: log.append(("del", k))
del s.a
print(log[-1], s.a)
del S.__delattr__
del s.a
print(hasattr(s, "a"))

# __call__, __iter__, __len__, __bool__, __getitem__, __contains__, __repr__, __str__
class P:
    pass
class Q(P):
    pass
q = Q()
attempt("q() before", lambda: q())
P.__call__ = lambda self, *a: ("called", a)
print(q(1, 2))
del P.__call__
attempt("q() after del", lambda: q())
attempt("iter before", lambda: list(q))
P.__iter__ = lambda self: iter([1, 2, 3])
print(list(q), 2 in q)
P.__contains__ = lambda self, x: x == 9
print(2 in q, 9 in q)
del P.__iter__, P.__contains__
attempt("iter after del", lambda: list(q))
P.__len__ = lambda self: 0
print(len(q), bool(q))
del P.__len__
attempt("len after del", lambda: len(q))
print(bool(q))
P.__bool__ = lambda self: False
print(bool(q), not q)
del P.__bool__
print(bool(q))
P.__getitem__ = lambda self, i: i * 2
print(q[5])
del P.__getitem__
attempt("q[5] after del", lambda: q[5])
P.__setitem__ = lambda self, k, v: print("set", k, v)
q[1] = 2
del P.__setitem__
def setitem():
    q[1] = 2
attempt("q[1]=2 after del", setitem)
P.__repr__ = lambda self: "<Q!>"
print(repr(q), str(q), f"{q}")
P.__str__ = lambda self: "str-q"
print(repr(q), str(q))
del P.__repr__, P.__str__
print(repr(q).startswith("<__main__.Q object"))
P.__neg__ = lambda self: "neg"
print(-q)
del P.__neg__
attempt("-q after del", lambda: -q)

# multiple inheritance: a change in the second base
class L:
    pass
class R:
    pass
class LR(L, R):
    pass
class LRsub(LR):
    pass
x = LRsub()
R.__len__ = lambda self: 7
R.__mul__ = lambda self, o: "mul"
print(len(x), x * 2)
L.__len__ = lambda self: 1
print(len(x))
del L.__len__
print(len(x))
del R.__len__, R.__mul__
attempt("len x after", lambda: len(x))
attempt("x*2 after", lambda: x * 2)

# a subclass's own dunder still wins over the base's later one
class Base:
    pass
class Own(Base):
    def __len__(self):
        return 11
Base.__len__ = lambda self: 99
print(len(Own()), len(Base()))
del Base.__len__
print(len(Own()))

# __new__ set and deleted on a base
class NB:
    pass
class NS(NB):
    pass
def new(cls, *a):
    return 12
NB.__new__ = new
print(NS(), NS(1, 2))
del NB.__new__
print(type(NS()).__name__)
attempt("NS(1) after del new", lambda: NS(1))

# in-place operators
class I:
    def __init__(self):
        self.v = 1
class J(I):
    pass
j = J()
I.__iadd__ = lambda self, o: "iadd"
j += 1
print(j)
j = J()
del I.__iadd__
I.__add__ = lambda self, o: "add"
j += 1
print(j)

# attribute sites already cached for a subclass see a base's new __getattribute__/__setattr__
class CA:
    pass
class CB(CA):
    pass
o = CB()
o.v = 1
def read(o):
    return o.v
def write(o, v):
    o.v = v
print([read(o) for _ in range(3)])
CA.__getattribute__ = lambda self, n: "intercepted"
print(read(o))
del CA.__getattribute__
print(read(o))
for i in range(3):
    write(o, i)
CA.__setattr__ = lambda self, k, v: print("setattr", k, v)
write(o, 10)
print(read(o))
del CA.__setattr__
write(o, 11)
print(read(o))

# a metaclass's __call__ added after its classes exist
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    def __init__(self, a=0):
        self.a = a
print(WithMeta(3).a)
Meta.__call__ = lambda cls, *a: ("meta-call", cls.__name__, a)
print(WithMeta(3))
del Meta.__call__
print(WithMeta(4).a)

# __init_subclass__ and __set_name__ hooks that set dunders on bases during class creation
class Hooked:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Hooked.__len__ = lambda self: len(type(self).__name__)
class Early(Hooked):
    pass
print(len(Early()), len(Hooked()))
