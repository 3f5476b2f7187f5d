class M(type):
    def __new__(m, name, bases, ns, **kw):
        print('kw', kw)
        return super().__new__(m, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw): pass
opts = {'metaclass': M, 'x': 1}
class A(object, **opts): pass
class B(**{'x': 2}, metaclass=M, y=3): pass
print(type(A).__name__, type(B).__name__, A.__mro__)
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, sorted(kw.items()))
class C(Base, **{"a": 1, "b": 2}): pass
for bad in ("5", "{'x': 1}, x=2"):
    try:
        exec_src = None
        if bad == "5":
            class D(**5): pass
        else:
            class E(Base, **{'x': 1}, x=2): pass
    except TypeError as e:
        print(e)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, Tagged.__mro__, type(Tagged).__name__)
class Big(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(Big(21), type(Big(1)).__name__)
class Err(ValueError):
    def __new__(cls, *a):
        e = super().__new__(cls, *a)
        e.extra = len(a)
        return e
try:
    raise Err("x", "y")
except Err as e:
    print(e.args, e.extra)
