d = {"a": 1, "b": 2}
try:
    for key in d:
        d[key + "x"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(d))
d = {"a": 1, "b": 2, "c": 3}
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {"a": 1, "b": 2, "c": 3}
for key in list(d):
    if d[key] % 2:
        del d[key]
print(d)
d = {"a": 1}
for key in d:
    d[key] = 100
print(d)
