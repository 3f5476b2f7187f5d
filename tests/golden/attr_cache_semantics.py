# Instance attribute loads through the per-site inline cache see every change CPython sees.
class A:
    def __init__(self, x):
        self.x = x

class B(A):
    pass

class C:
    def __init__(self):
        self.x = "c"

def get(o):
    return o.x

a, b, c = A(1), B(2), C()
for o in [a, b, c, a, b, c]:
    print(get(o), end=" ")
print()
del a.x
try:
    get(a)
except AttributeError as e:
    print("AttributeError:", e)
a.y = 5
a.x = 10
print(get(a), a.__dict__)
A.x = property(lambda self: "property wins")
print(get(a), get(b), get(c))
del A.x
print(get(a), get(b))
a.__dict__ = {"x": "new dict"}
print(get(a))
a.__class__ = C
print(get(a), type(a).__name__)
class D:
    def __getattr__(self, name):
        return "getattr:" + name
d = D()
print(get(d))
d.x = "own"
print(get(d))
class E:
    __slots__ = ("x",)
e = E()
e.x = "slot"
print(get(e))
many = A(0)
for k in range(50):
    setattr(many, "a%d" % k, k)
print(get(many))
for k in range(50):
    delattr(many, "a%d" % k)
many.x = "after resize"
print(get(many))
class F:
    x = "class attr"
f = F()
print(get(f))
f.x = "instance attr"
print(get(f))
F.x = property(lambda self: "late property")
print(get(f))
for bad in [lambda: setattr(f, "__dict__", 5), lambda: setattr(f, "__class__", 3),
            lambda: setattr(f, "__class__", int), lambda: setattr(e, "__class__", F),
            lambda: delattr(f, "__dict__")]:
    try:
        bad()
    except TypeError as ex:
        print("TypeError:", ex)
