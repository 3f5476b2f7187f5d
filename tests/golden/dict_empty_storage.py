# An empty dict has no table of its own until its first insertion (obj_dict.c's shared
# empty table): every operation on one, and on dicts emptied by clear(), copied while
# empty or full, or with deleted entries, behaves as on any other dict.
d = {}
print(len(d), d.get("a"), "a" in d, list(d), d == {}, repr(d), bool(d))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
print(d.pop("x", 7), d.setdefault("k", 1), d)
c = {}.copy()
c["a"] = 1
print(c, {}.copy(), dict(), dict({}), {**{}}, {}.fromkeys([]))
full = {i: i * i for i in range(5)}
copy = full.copy()
copy[9] = 81
del full[0]
print(full, copy)
holes = {i: str(i) for i in range(20)}
for i in range(0, 20, 3):
    del holes[i]
h2 = holes.copy()
h2["new"] = 1
print(holes == h2, len(holes), len(h2), list(h2)[-3:])
e = {"x": 1, "y": 2}
e.clear()
print(e, len(e), e.get("x"))
e["z"] = 3
e.update({"w": 4}, v=5)
print(e)
for n in (0, 1, 5, 6, 100):
    g = {}
    for i in range(n):
        g[str(i)] = i
    print(n, len(g), sum(g.values()), len(g.copy()), list(g.items())[:2])
empties = [{} for _ in range(3)]
empties[1]["only"] = True
print(empties, {} in [{}], {}.items() == set(), {}.keys() | {1})
class Attrs:
    pass
a = Attrs()
print(vars(a), a.__dict__ == {})
a.x = 1
print(vars(a))
import sys
print(sys.getsizeof({}) <= sys.getsizeof({i: i for i in range(10)}))
