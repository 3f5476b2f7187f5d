d = {"a": 1}
d.update(b=2)
d.update({"c": 3})
d.update([("d", 4), ("e", 5)])
d.update({"a": 10}, f=6)
d.update(zip("gh", [7, 8]))
d.update()
print(d)
d |= [("i", 9)]
print(len(d), d["i"])
try:
    d | [("j", 1)]
except TypeError as e:
    print("TypeError:", e)
try:
    d.update(5)
except TypeError as e:
    print("TypeError:", e)
try:
    d.update(["ab", "cde"])
except ValueError as e:
    print("ValueError:", e)
e = dict(d, z=0)
print(list(e)[-2:], len(e), e is not d)
print(dict.fromkeys(["x", "y"], []), dict.fromkeys(range(3), "v"))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
print({**{"a": 1}, **{"a": 2}}, dict({"a": 1}, **{"a": 3}))
