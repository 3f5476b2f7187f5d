first, *middle, last = range(10)
print(first, middle, last)
*a, = "xyz"
print(a)
(p, q), *r = [(1, 2), 3, 4]
print(p, q, r)
head, *tail = "h"
print(head, tail)
for x, *ys in [[1], [2, 3], [4, 5, 6]]:
    print(x, ys)
def f(*args):
    a, *b = args
    return a, b
print(f(1, 2, 3))
data = {"name": "n", "vals": [1, 2, 3]}
name, (v0, *vrest) = data["name"], data["vals"]
print(name, v0, vrest)
merged = [*range(2), *[9], *"ab"]
print(merged, {*"aa", *"b"} == {"a", "b"}, (*merged[:2],))
d1, d2 = {"a": 1}, {"b": 2, "a": 0}
print({**d1, **d2}, {**d2, **d1}, dict(**d1, c=3))
print(*range(3), sep=", ")
x, y, *z = 1, 2
print(x, y, z)
