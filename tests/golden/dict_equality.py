a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a, b, str(a) == str(b))
print({1: [1, 2]} == {1: [1, 2]}, {1: 1} == {1: 1.0}, {1: 1} == {True: 1}, {} == dict())
print(a.items() == b.items(), a.keys() == b.keys(), list(a.values()) == list(b.values()))
print({"a": {"b": [1, {"c": 2}]}} == {"a": {"b": [1, {"c": 2}]}}, {"a": 1} != {"a": 1, "b": 2})
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
c = dict(a)
c["x"] = 1.0
print(c == a, c, a)
nan = float("nan")
d1 = {"n": nan}
print(d1 == d1, d1 == {"n": nan}, d1 == {"n": float("nan")})
print(sorted([{"k": 2}, {"k": 1}], key=lambda d: d["k"]), max([{"k": 2}, {"k": 1}], key=lambda d: d["k"]))
