# __slots__ members through cached attribute sites: unset slots, del, subclasses with a __dict__, shadowing descriptors, __getattr__, replacing the member
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

def get_x(o):
    return o.x
def get_y(o):
    return o.y
def set_x(o, v):
    o.x = v
def set_y(o, v):
    o.y = v

p = P(1)
print([get_x(p) for _ in range(3)])
attempt("unset y", lambda: get_y(p))
for i in range(3):
    set_y(p, i)
print(get_y(p))
del p.y
attempt("deleted y", lambda: get_y(p))
def del_y(o):
    del o.y
attempt("del unset y", lambda: del_y(p))
set_y(p, "back")
print(get_y(p), P.x, type(P.__dict__["x"]).__name__)
attempt("no z", lambda: setattr(p, "z", 1))
def set_z(o):
    o.z = 1
attempt("set_z", lambda: set_z(p))
attempt("p.__dict__", lambda: p.__dict__)

# subclass without __slots__: has a __dict__ too, slots still through the member
class Q(P):
    pass
q = Q(5)
q.z = 9
print(get_x(q), q.z, q.__dict__)
set_x(q, 6)
print(get_x(q), get_x(p))
attempt("q unset y", lambda: get_y(q))
q.__dict__["x"] = "dict-x"  # a data descriptor wins over the instance dict
print(get_x(q))

# subclass with a property of the same name
class R(P):
    __slots__ = ()
    @property
    def x(self):
        return "prop"
r = R(0) if False else object.__new__(R)
attempt("R prop get", lambda: get_x(r))
attempt("R prop set", lambda: set_x(r, 3))
print(get_x(p), get_x(q))

# subclass with its own data descriptor
class Desc:
    def __get__(self, obj, owner=None):
        return "desc-get" if obj is not None else self
    def __set__(self, obj, value):
        print("desc-set", value)
class S(P):
    x = Desc()
s = S.__new__(S)
print(get_x(s))
set_x(s, 4)
print(get_x(p))

# slots + __getattr__: called only when the slot is unset
class G:
    __slots__ = ("a",)
    def __getattr__(self, name):
        return "fallback-" + name
g = G()
def get_a(o):
    return o.a
print(get_a(g))
g.a = 1
print(get_a(g))
del g.a
print(get_a(g))

# replacing the member descriptor on the class afterwards
class T:
    __slots__ = ("v",)
t = T()
def get_v(o):
    return o.v
def set_v(o, val):
    o.v = val
for i in range(3):
    set_v(t, i)
print(get_v(t))
saved = T.v
T.v = "class-level"
print(get_v(t))
attempt("set on replaced", lambda: set_v(t, 7))
T.v = saved
print(get_v(t))
set_v(t, 8)
print(get_v(t))
def assign_class(val):
    T.v = val
assign_class(saved)
assign_class("again")
print(get_v(t))
assign_class(saved)
print(get_v(t))
del T.v
attempt("member deleted", lambda: get_v(t))
attempt("set after delete", lambda: set_v(t, 1))

# a member descriptor of another class used on the wrong type
class U:
    __slots__ = ("v",)
attempt("wrong type get", lambda: U.v.__get__(t))
attempt("wrong type set", lambda: U.v.__set__(t, 1))
print(repr(U.v))

# slot shared by several classes at one site, and __class__ assignment
class V1:
    __slots__ = ("x",)
class V2:
    __slots__ = ("x", "w")
a, b = V1(), V2()
for o, val in ((a, 1), (b, 2), (a, 3), (b, 4)):
    set_x(o, val)
print(get_x(a), get_x(b))
class V1b(V1):
    __slots__ = ()
a.__class__ = V1b
print(get_x(a), type(a).__name__)
set_x(a, 10)
print(get_x(a))

# __slots__ with __dict__ listed
class D:
    __slots__ = ("x", "__dict__")
d = D()
d.x = 1
d.other = 2
print(get_x(d), d.__dict__)

# augmented assignment on slots, many instances
class Acc:
    __slots__ = ("n", "total")
    def __init__(self):
        self.n = 0
        self.total = 0.0
    def add(self, v):
        self.n += 1
        self.total += v
accs = [Acc() for _ in range(5)]
for i in range(100):
    accs[i % 5].add(i * 0.5)
print([(x.n, x.total) for x in accs])
