# hasattr / getattr(obj, name, default) on misses and on errors raised by lookups
class P:
    def __init__(self):
        self.a = 1
    @property
    def bad_attr(self):
        raise AttributeError("inner")
    @property
    def bad_value(self):
        raise ValueError("boom")
class G(P):
    def __getattr__(self, name):
        if name.startswith("dyn"):
            return name.upper()
        raise AttributeError(name)
p, g = P(), G()
print(hasattr(p, "a"), hasattr(p, "b"), hasattr(p, "bad_attr"), getattr(p, "b", "dflt"), getattr(p, "bad_attr", "d2"))
print(hasattr(g, "dynx"), getattr(g, "dyny", 0), hasattr(g, "zzz"), getattr(g, "zzz", None), getattr(g, "bad_attr", "via getattr"))
for obj, name in ((p, "bad_value"), (g, "bad_value")):
    try:
        hasattr(obj, name)
    except ValueError as e:
        print("hasattr raised", e)
    try:
        getattr(obj, name, 1)
    except ValueError as e:
        print("getattr raised", e)
print(hasattr(3, "real"), hasattr(3, "nope"), getattr("s", "upper", None) is not None, getattr([], "x", 5))
import math
print(hasattr(math, "pi"), hasattr(math, "tau2"), getattr(math, "nope", "m"), hasattr(P, "bad_attr"), hasattr(P, "q"))
try:
    getattr(p, "b")
except AttributeError as e:
    print(e)
n = 0
for i in range(200000):
    if not hasattr(p, "missing"):
        n += 1
    n += getattr(p, "missing2", 1)
print(n)
