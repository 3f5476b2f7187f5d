d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d))
d["alpha"] = 0
print(list(d))
del d["zeta"]
d["zeta"] = 9
print(list(d.items()))
d2 = dict(sorted(d.items()))
print(d2)
d3 = dict(sorted(d.items(), key=lambda kv: kv[1], reverse=True))
print(d3)
print({3: "c", 1: "a", 2: "b"}, {k: None for k in "hello"})
first = next(iter(d))
print(first, list(d.values())[-1])
x = {1: 1, 2: 2}
x.pop(1)
x[1] = 1
print(x)
merged = {"a": 1, "b": 2}
merged.update({"b": 3, "c": 4})
print(merged, {**{"b": 0, "a": 0}, **merged})
