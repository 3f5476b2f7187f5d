# A metaclass's __prepare__ makes the class body's namespace: stores, loads (globals and builtins too) and dels go through its item methods; type.__setattr__ via super()
class RecordingNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        print("set", key)
        self.order.append(key)
        super().__setitem__(key, value)
    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key)
    def __delitem__(self, key):
        print("del", key)
        super().__delitem__(key)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], sorted(kw.items()))
        return RecordingNS()
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, type(ns).__name__, ns.order)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls._order = [k for k in ns.order if not k.startswith('__')]
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __setattr__(cls, key, value):
        print("meta setattr", key)
        super().__setattr__(key, value)
    def __delattr__(cls, key):
        print("meta delattr", key)
        super().__delattr__(key)

GLOBAL = 'g'

class C(metaclass=Meta, flavour=1):
    "doc"
    A = 1
    B = A + 1
    C2 = GLOBAL
    tmp = 5
    del tmp
    def method(self):
        return self.A

print(C._order, C.B, C.C2, C().method(), C.__doc__)
C.extra = 3
print(C.extra)
del C.extra
print(hasattr(C, 'extra'))

class D(C):
    E = 5
print(D._order)
opts = {'flavour': 2}
class F(C, **opts):
    pass

class Plain:
    x = 1
    def f(self):
        return __class__
print(Plain().f() is Plain, Plain.x)

class BadMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class G(metaclass=BadMeta):
        pass
except TypeError as e:
    print("TypeError:", e)

class MissingNS(dict):
    def __getitem__(self, key):
        raise KeyError(key)
class M2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return MissingNS()
class H(metaclass=M2):
    y = len('abc')
    try:
        del zz
    except NameError as e:
        print("NameError raised")
print(H.y)
class FilledMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {'helper': lambda x: x * 2, 'len': lambda x: 'shadowed'}
X = 10
class C(metaclass=FilledMeta):
    a = helper(X)
    b = len([1, 2])
    c = [X for _ in range(2)]
print(C.a, C.b, C.c)
def f():
    y = 5
    class D(metaclass=FilledMeta):
        a = helper(y)
        b = len('x')
        z = X
    return D
D = f()
print(D.a, D.b, D.z)
class E:
    global G
    G = 1
    v = G + X
print(G, E.v)
class F:
    try:
        undefined_name
    except NameError as e:
        print("NameError:", e)
