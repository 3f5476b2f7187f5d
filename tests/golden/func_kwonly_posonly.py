def kw(a, *, b, c=3):
    return a + b + c
print(kw(1, b=2), kw(1, b=2, c=10), kw(a=1, b=1))
def pos(a, b, /, c, *, d=0):
    return [a, b, c, d]
print(pos(1, 2, 3), pos(1, 2, c=3), pos(1, 2, 3, d=4))
def mixed(x, /, y=5, *rest, z, **opts):
    return (x, y, rest, z, opts)
print(mixed(1, z=0), mixed(1, 2, 3, 4, z=0, w=9), mixed(1, x=7, z=1))
tests = [
    lambda: kw(1, 2),
    lambda: kw(1),
    lambda: pos(a=1, b=2, c=3),
    lambda: pos(1, 2, 3, 4),
    lambda: pos(1, 2),
    lambda: mixed(1),
    lambda: kw(1, b=2, e=5),
    lambda: kw(1, b=2, b2=3, a=4),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
