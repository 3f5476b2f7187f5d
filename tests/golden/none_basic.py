x = None
print(x, repr(x), str(x), x is None, x is not None, x == None, type(x).__name__)
def f():
    pass
def g():
    return
print(f(), g(), f() is g())
print(None.__class__.__name__, bool(None), [None] * 2, {None: None})
try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    x()
except TypeError as e:
    print("TypeError:", e)
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    for i in None:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    x[0]
except TypeError as e:
    print("TypeError:", e)
print(hash(None) == hash(None), None == 0, None != False)
d = {"a": None}
print(d.get("a"), d.get("b"), d.get("b", None) is None)
