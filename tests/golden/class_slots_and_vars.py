class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Rec:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
    def __repr__(self):
        return "Rec(" + ", ".join(["%s=%r" % kv for kv in vars(self).items()]) + ")"
r = Rec(a=1, b="two")
print(r, vars(r), r.__dict__ is vars(r))
r.__dict__["c"] = 3
print(r.c, r)
print(getattr(r, "a"), getattr(r, "zz", "default"))
for name in ["a", "b", "q"]:
    print(name, hasattr(r, name))
delattr(r, "a")
print(r)
try:
    getattr(r, "a")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(r, 5)
except TypeError as e:
    print("TypeError:", e)
