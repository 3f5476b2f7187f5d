d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), d["a"], "a" in d, "z" in d, "z" not in d)
del d["a"]
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
d["a"] = 1
print(d)
print(dict(), dict(x=1, y=2), dict([("k", "v"), ("k2", "v2")]), dict({"a": 1}, b=2), dict(zip("ab", [1, 2])))
print({1: "int", 1.0: "float"}, {(1, 2): "tuple", None: "none", True: "bool"})
print({"x": [1, 2], "y": {"z": 3}}["y"]["z"])
e = {}
for w in "the cat the dog the end".split():
    e[w] = e.get(w, 0) + 1
print(e)
print(d == {"a": 1, "b": 20, "c": 3}, d != {}, {1: 2} == {1: 2.0})
print(repr({"q": "it's"}), str({1: None}), {})
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), {**d, "z": 26}, d | {"a": 100})
nums = {i: i * i for i in range(5)}
print(nums, sum(nums.values()), max(nums, key=nums.get))
