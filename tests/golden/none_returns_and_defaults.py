def side_effect(lst):
    lst.append(1)
result = side_effect([])
print(result, [].append(2), [3, 1].sort(), {}.update(), print("inner print"))
def opt(x=None, y=None):
    parts = []
    if x is not None:
        parts.append("x=%r" % x)
    if y is not None:
        parts.append("y=%r" % y)
    return ", ".join(parts) or "nothing"
print(opt(), opt(0), opt(y=""), opt(False, []))
d = {"a": None}
print("a" in d, d["a"], d.get("a", "dflt"), d.get("b", "dflt"))
values = [3, None, 1, None, 2]
print([v for v in values if v is not None], sorted([v for v in values if v is not None]))
print(sorted(values, key=lambda v: (v is None, v or 0)))
try:
    sorted(values)
except TypeError as e:
    print("TypeError:", e)
x = None
x = x or []
x.append("filled")
print(x)
print(None if None else "else branch", [None] * 3 == [None, None, None], (None,) * 2)
