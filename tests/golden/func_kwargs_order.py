def show(**kw):
    return list(kw.items())
print(show(z=1, a=2, m=3))
print(show(**{"b": 1, "a": 2}, c=3))
def combine(a, b, *args, c=0, **kw):
    return "a=%r b=%r args=%r c=%r kw=%r" % (a, b, args, c, kw)
print(combine(1, 2))
print(combine(1, 2, 3, 4, c=5, d=6, e=7))
print(combine(*range(5), **{"c": "C", "x": "X"}))
print(combine(b=1, a=2))
def keys_only(**kwargs):
    return sorted(kwargs), len(kwargs)
print(keys_only(), keys_only(x=1), keys_only(**dict.fromkeys("abc", 0)))
opts = {"sep": "-", "end": "!\n"}
print("x", "y", **opts)
def passthrough(*args, **kwargs):
    return combine(*args, **kwargs)
print(passthrough(1, b=2, c=3, extra=None))
try:
    combine(1, 2, **{"a": 5})
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
