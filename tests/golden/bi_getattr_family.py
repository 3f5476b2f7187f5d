class Obj:
    cls_attr = "C"
    def __init__(self):
        self.a = 1
o = Obj()
print(getattr(o, "a"), getattr(o, "cls_attr"), getattr(o, "zz", "default"), hasattr(o, "a"), hasattr(o, "zz"))
setattr(o, "b", 2)
setattr(o, "a", 10)
print(o.a, o.b, vars(o))
delattr(o, "b")
print(hasattr(o, "b"), vars(o))
for name in ["a", "cls_attr", "__init__", "missing"]:
    print(name, hasattr(o, name), hasattr(Obj, name))
try:
    getattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr("abc", "upper")(), getattr([], "append").__name__, getattr(5, "real"), hasattr(5, "__add__"))
attrs = {"x": 1, "y": 2}
for k, v in attrs.items():
    setattr(o, k, v * 100)
print(o.x, o.y, sorted(vars(o)))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
