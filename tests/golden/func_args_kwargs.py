def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, b=2), f(*[1, 2], *(3,), **{"x": 1}, y=2))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(10)))
def show(**kw):
    return ", ".join(["%s=%r" % (k, v) for k, v in kw.items()])
print(show(b=1, a="x"), show(**{"z": None}), show())
def fwd(*a, **k):
    return f(*a, **k)
print(fwd(1, 2, k=3))
def head(first, *rest):
    return first, rest
print(head(1), head(1, 2, 3), head(*"abc"))
args = (1, 2)
kwargs = {"c": 3}
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(*args, **kwargs), three(*args, c=9), three(1, *[2, 3]), three(**{"a": 1, "b": 2, "c": 3}))
try:
    three(*args, **kwargs, a=1)
except TypeError as e:
    print("TypeError:", e)
try:
    three(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    three(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    three(**[1])
except TypeError as e:
    print("TypeError:", e)
