d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("a", 1) in it, ("a", 2) in it)
d["d"] = 4
print(list(k), list(v), list(it))
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"}, k.isdisjoint({"x"}))
print(sorted(it & {("a", 1), ("b", 0)}))
print(list(reversed(k)), list(reversed(v)), type(k).__name__, type(v).__name__, type(it).__name__)
del d["a"]
print(list(k), sorted(v), [kk for kk, vv in it if vv > 2])
try:
    k[0]
except TypeError as e:
    print("TypeError:", e)
print(v == v, list(d.values()) == [2, 3, 4])
