# Construction, keyword binding and isinstance fast paths keep CPython's rules: __init__ replaced after instances, object() argument errors, keyword errors, defaults, isinstance with metaclasses, unions, tuples and subclasses.


def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ":", e)


# __init__ replaced, added and removed on a class after instances were made
class A:
    def __init__(self, x):
        self.x = x


class B(A):
    pass


for _ in range(3):
    print(B(1).x)
A.__init__ = lambda self, x, y=5: setattr(self, "x", x + y)
print(B(1).x, B(1, 2).x)
B.__init__ = lambda self: setattr(self, "x", "own")
print(B().x)
del B.__init__
print(B(3).x)
show(B, 1, 2, 3)
show(B, k=1)


# object() rules: no arguments unless __init__ or __new__ takes them
class Plain:
    pass


class OnlyNew:
    def __new__(cls, *a):
        return object.__new__(cls)


class OnlyInit:
    def __init__(self, *a, **k):
        self.a = a
        self.k = k


show(Plain, 1)
show(Plain, x=1)
show(object, 1)
show(OnlyNew, 1, 2)
print(OnlyInit(1, 2, z=3).a, OnlyInit(z=4).k)


# __init__ errors and results
class Ret:
    def __init__(self, v):
        self.v = v
        return v if v else None


show(Ret, 0)
show(Ret, 7)
show(Ret, "s")
show(Ret)
show(Ret, 1, 2)
show(Ret, w=1)
show(Ret, 1, v=2)


# keyword binding: pointer-equal names, names built at run time, **kwargs, kw-only defaults
class K:
    def __init__(self, a, b=2, *, c=3, d, **rest):
        self.t = (a, b, c, d, sorted(rest.items()))


print(K(1, d=4).t)
print(K(a=1, b=0, d=9, c=8).t)
name = "".join(["e", "x", "t", "r", "a"])
print(K(1, **{"d": 1, name: 2, "zz" + "z": 3}).t)
print(K(1, **{"".join("a" * 0) + "d": 5}).t)
show(K, 1)
show(K, 1, 2, 3, d=4)
show(K, 1, a=2, d=4)


def posonly(a, b, /, c=1, *, d=2):
    return (a, b, c, d)


print(posonly(1, 2), posonly(1, 2, 3), posonly(1, 2, c=5, d=6))
show(posonly, 1, b=2)
show(posonly, 1, 2, e=3)
show(posonly, 1)


def defaults(a, b=10, c=20):
    return a + b + c


print(defaults(1), defaults(1, 2), defaults(1, 2, 3))
show(defaults)
show(defaults, 1, 2, 3, 4)
defaults.__defaults__ = (100,)
print(defaults(1, 2))
show(defaults, 1)
defaults.__defaults__ = None
show(defaults, 1, 2)


# isinstance: classes of type, metaclass hooks, tuples, unions, subclasses
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 42


class Hooked(metaclass=Meta):
    pass


class C(A):
    pass


class D(C):
    pass


d = D.__new__(D)
print(isinstance(d, A), isinstance(d, C), isinstance(d, D), isinstance(d, B))
print(isinstance(42, Hooked), isinstance(Hooked(), Hooked), isinstance(41, Hooked))
print(isinstance(d, (int, C)), isinstance(d, int | A), isinstance(1, int | None), isinstance(True, int))
print(isinstance(A, type), isinstance(Meta, type), isinstance(Hooked, Meta), isinstance(d, object))
show(isinstance, d, 3)
show(isinstance, d, (A, 3))
d.__class__ = B
print(isinstance(d, A), isinstance(d, C), type(d).__name__)
