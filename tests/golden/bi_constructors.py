print(list(), list("abc"), list(range(3)), list({"a": 1}), list((1, 2)), list({3}))
print(tuple(), tuple("ab"), dict(), dict(a=1, b=2), dict([(1, 2)]), dict({"x": 1}, y=2))
print(set(), sorted(set("hello")), frozenset(), str(), str(5), str([1, 2]), int(), float(), bool(), bool([0]))
print(int("  12  "), int("-0"), float("  1.5e2 "), str(1.0), str(1e100), str(0.1 + 0.2))
print(range(3), slice(2), bytes(2), bytearray(2), type("s"), object is type(object()), type(object()).__name__)
l1 = [1, 2]
l2 = list(l1)
l2.append(3)
print(l1, l2, l1 is not l2)
d1 = {"a": [1]}
d2 = dict(d1)
d2["a"].append(2)
d2["b"] = 0
print(d1, d2)
try:
    list(1)
except TypeError as e:
    print("TypeError:", e)
try:
    dict(1)
except TypeError as e:
    print("TypeError:", e)
try:
    tuple(None)
except TypeError as e:
    print("TypeError:", e)
try:
    set([[1]])
except TypeError as e:
    print("TypeError:", e)
