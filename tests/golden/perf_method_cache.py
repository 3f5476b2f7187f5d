# Attribute lookups through classes are cached per (type, name) (runtime/object.c);
# every change to a class namespace, on the class or on any base, must be seen at once.
class Base:
    kind = "base"
    def hello(self):
        return "Base.hello"

class Mid(Base):
    pass

class Leaf(Mid):
    def __init__(self):
        self.own = 1

def show(o):
    return [o.kind, o.hello(), getattr(o, "extra", "no extra"), hasattr(o, "own")]

x = Leaf()
for step in range(7):
    if step == 1:
        Base.hello = lambda self: "patched Base.hello"
    elif step == 2:
        Mid.hello = lambda self: "Mid.hello"
    elif step == 3:
        Base.extra = "extra from Base"
        Mid.kind = "mid"
    elif step == 4:
        del Mid.hello
        del Mid.kind
    elif step == 5:
        setattr(Leaf, "kind", "leaf")
        Base.hello = lambda self: "patched again"
    elif step == 6:
        delattr(Base, "extra")
        x.kind = "instance"
    print(step, show(x), show(Mid()))

# a data descriptor added to the class later takes priority over the instance dict
class P:
    pass
p = P()
p.v = "instance value"
for i in range(3):
    print(i, p.v)
    if i == 0:
        P.v = property(lambda self: "property value")
    elif i == 1:
        del P.v

# dunder methods set after first use
class N:
    def __init__(self, n):
        self.n = n
for i in range(3):
    try:
        print(i, N(1) + N(2))
    except TypeError as e:
        print(i, "TypeError", e)
    if i == 0:
        N.__add__ = lambda a, b: a.n + b.n
    elif i == 1:
        N.__add__ = lambda a, b: "replaced"

# the same method name on many classes (cache collisions)
classes = [type("C%d" % i, (), {"m": (lambda i: lambda self: i)(i)}) for i in range(50)]
print(sum(c().m() for c in classes))
for c in classes[::7]:
    c.m = lambda self: 1000
print(sum(c().m() for c in classes))

# builtin types: methods are found, missing ones raise
for v in [[], {}, "s", 1, 1.5]:
    print(type(v).__name__, hasattr(v, "append"), hasattr(v, "keys"), hasattr(v, "upper"))
