# Instance attributes as CPython keeps them, whatever the storage: insertion order,
# deletion, __dict__ access and assignment, __class__ changes, names built at run time,
# class attributes and descriptors appearing after sites have seen instances, and
# sites that see many classes.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def show(o):
    print(type(o).__name__, vars(o))


a = P(1, 2)
b = P(3, 4)
show(a)
a.z = 5
show(a)
show(b)
del a.x
show(a)
a.x = 9
show(a)               # x now last, as in CPython
print(a.norm1(), b.norm1())

# names built at run time, equal to but not the same object as the literals
n = "".join(["n", "o", "r", "m"])
setattr(b, n, 7)
print(b.norm, getattr(b, "norm"), hasattr(b, n), b.norm1())
setattr(b, "".join(["x"]), 30)
print(b.x, vars(b))

# an instance attribute shadows a method; deleting it brings the method back
b.norm1 = lambda: "instance"
print(b.norm1())
del b.norm1
print(b.norm1())

# the __dict__ is the attributes
d = b.__dict__
d["w"] = 11
print(b.w, sorted(d))
b.v = 12
print(d["v"], list(d) == list(vars(b)))
c = P(0, 0)
c.__dict__ = {"q": 1}
print(vars(c), c.q, hasattr(c, "x"))
c.x = 2
print(c.__dict__)
try:
    c.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)

# many attributes
m = P(0, 0)
for i in range(80):
    setattr(m, "a%d" % i, i)
print(len(vars(m)), list(vars(m))[:4], list(vars(m))[-2:], m.a79 + m.a0)
del m.a40
print(len(vars(m)), hasattr(m, "a40"), m.a41)


# a class attribute or descriptor added later takes effect at sites that ran before
class Q:
    pass


def get_t(o):
    return o.t


def set_u(o, v):
    o.u = v


q = Q()
q.t = 1
set_u(q, 2)
print(get_t(q), q.u)
Q.t = property(lambda self: "property t")
print(get_t(q))
log = []
Q.u = property(lambda self: "property u", lambda self, v: log.append(v))
set_u(q, 3)
print(q.u, log, q.__dict__)
del Q.t
print(get_t(q))


# a class variable read through instances, then replaced
class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count


cs = [Counter() for _ in range(5)]
print(Counter.count, [c.id for c in cs], cs[0].count)
Counter.count = "reset"
print(cs[1].count, Counter.count)


# sites seeing many classes
class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


classes = [type("K%d" % i, (Base,), {}) for i in range(7)]
objs = [k(i) for i, k in enumerate(classes)] * 3
print([o.get() for o in objs])
print(sum(o.v for o in objs))


# __class__ assignment keeps the attributes
class R1:
    def who(self):
        return "R1", self.__dict__


class R2:
    def who(self):
        return "R2", self.__dict__


r = R1()
r.a = 1
r.b = 2
r.__class__ = R2
print(r.who())
r.c = 3
r.__class__ = R1
print(r.who())


# __slots__ with a __dict__, and __getattr__
class S:
    __slots__ = ("s", "__dict__")

    def __init__(self):
        self.s = 1
        self.d = 2


s = S()
s.e = 3
print(s.s, s.d, s.e, vars(s))


class G:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        return "missing " + name


g = G()
print(g.real, g.other)
g.other = 2
print(g.other, vars(g))


# super() calls: keywords, diamonds, classmethods
class A0:
    def f(self, x, *, k=0):
        return ["A0", x, k]

    @classmethod
    def make(cls, v):
        return cls.__name__ + str(v)


class B0(A0):
    def f(self, x, *, k=0):
        return ["B0"] + super().f(x, k=k + 1)


class C0(A0):
    def f(self, x, *, k=0):
        return ["C0"] + super().f(x, k=k + 10)

    @classmethod
    def make(cls, v):
        return "C0:" + super().make(v)


class D0(B0, C0):
    def f(self, x, *, k=0):
        return ["D0"] + super().f(x, k=k)


print(D0().f(1), B0().f(2, k=5), D0.make(3))
print(super(B0, D0()).f(4))
try:
    super(D0, D0()).nothing
except AttributeError as e:
    print("AttributeError:", e)


# a copy made as copy.copy does
p2 = P.__new__(P)
p2.__dict__.update(a.__dict__)
p2.extra = 1
show(p2)
show(a)
