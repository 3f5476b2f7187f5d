class Proxy:
    def __init__(self, target):
        self._target = target
        self.hits = []
    def __getattr__(self, name):
        self.hits.append(name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.hits)
class Dyn:
    known = 1
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError("no attribute " + repr(name))
d = Dyn()
print(d.known, d.x_hello, getattr(d, "x_q"), hasattr(d, "nope"), getattr(d, "nope", "dflt"))
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
class Watch:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
w = Watch()
w.a = 1
w.a += 1
del w.a
print(hasattr(w, "a"))
class Ro:
    def __setattr__(self, n, v):
        raise AttributeError("read-only: " + n)
try:
    Ro().x = 1
except AttributeError as e:
    print("AttributeError:", e)
class GA:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
g = GA()
g.real = 1
print(g.magic, g.real)
