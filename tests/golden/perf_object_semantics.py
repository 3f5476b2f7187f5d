# Object fast paths keep their semantics: instance attributes made with the instance, dunder dispatch, isinstance hooks, __new__/__init__ rules, __class__ assignment, class changes after instances exist.
import copy


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


a = P(1, 2)
b = P(3, 4)
print(vars(a), vars(b), a.__dict__ == {"x": 1, "y": 2})


class Empty:
    pass


e1 = Empty()
e1.z = 5
e2 = Empty()              # made after instances had attributes: no attributes yet
print(vars(e2), e2.__dict__, hasattr(e2, "z"), e1.z)
print(copy.copy(e2).__dict__, copy.copy(e1).__dict__)
e2.__dict__["w"] = 9
print(e2.w, vars(e2))
e3 = Empty()
print(e3.__getstate__(), e1.__getstate__())
del e1.z
print(vars(e1))
try:
    e3.missing
except AttributeError as exc:
    print("AttributeError:", exc)


class Name(str):
    pass


e4 = Empty()
print(getattr(e4, Name("q"), "absent"))
setattr(e4, Name("q"), 1)
print(getattr(e4, Name("q")), e4.q)


class Other:
    def __init__(self, x, y):
        self.x = x
        self.y = y


o = P(5, 6)
o.__class__ = Other
print(type(o).__name__, o.x, o.y, isinstance(o, Other), isinstance(o, P))

# __init__ returning something else, __new__ returning another type
class BadInit:
    def __init__(self):
        return 1


try:
    BadInit()
except TypeError as exc:
    print("TypeError:", exc)


class NewOther:
    def __new__(cls, v):
        return v * 2

    def __init__(self, v):
        print("never")


print(NewOther(21))
try:
    Empty(1)
except TypeError as exc:
    print("TypeError:", exc)

# dunders replaced on the class after instances exist
class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return V(self.v + o.v)

    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v

    def __hash__(self):
        return hash(self.v)

    def __lt__(self, o):
        return self.v < o.v


xs = [V(3), V(1), V(2)]
print([x.v for x in sorted(xs)], (V(1) + V(2)).v, V(2) == V(2), V(2) != V(3))
d = {V(1): "one"}
print(d[V(1)], V(1) in d, V(5) in d)
V.__add__ = lambda self, o: V(self.v * o.v)
V.__lt__ = lambda self, o: self.v > o.v
print((V(3) + V(4)).v, [x.v for x in sorted(xs)])
V.__init__ = lambda self, v: setattr(self, "v", -v)
print(V(7).v)

# isinstance: exact class, subclasses, tuples, a metaclass hook
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 42


class Hooked(metaclass=Meta):
    pass


class Sub(P):
    pass


s = Sub(1, 1)
print(isinstance(s, P), isinstance(s, Sub), isinstance(a, Sub), isinstance(s, (int, P)))
print(isinstance(42, Hooked), isinstance(Hooked(), Hooked), isinstance(1, Hooked))

# __init_subclass__ and super().__init__ chains
class Base:
    registry = []

    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))

    def __init__(self, n):
        self.n = n


class Child(Base, tag="child"):
    def __init__(self, n, m):
        super().__init__(n)
        self.m = m


c = Child(1, 2)
print(Base.registry, vars(c))

# a metaclass __call__ takes over construction
class CountingMeta(type):
    calls = 0

    def __call__(cls, *args):
        CountingMeta.calls += 1
        return super().__call__(*args)


class Counted(metaclass=CountingMeta):
    def __init__(self, k):
        self.k = k


print([Counted(i).k for i in range(3)], CountingMeta.calls)

# many attributes: beyond the room an instance starts with
class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)


print(len(vars(Wide(3))), len(vars(Wide(60))), sum(vars(Wide(10)).values()))
