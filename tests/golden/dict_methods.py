d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("d"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 9}, y=10)
d.update([("a", -1)])
print(d)
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"])
d.clear()
print(d, len(d))
g = {}
g.setdefault("list", []).append(1)
g.setdefault("list", []).append(2)
print(g)
h = {"k": 1}
h |= {"j": 2}
print(h, h | {"k": 0}, {"k": 0} | h)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {}.pop("nokey")
except KeyError as e:
    print("KeyError:", e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    del h["zz"]
except KeyError as e:
    print("KeyError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())))
