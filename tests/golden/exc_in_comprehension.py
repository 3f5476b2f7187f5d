def safe_int(s):
    try:
        return int(s)
    except ValueError:
        return None
data = ["1", "x", "3", "", "5"]
print([safe_int(s) for s in data])
try:
    print([int(s) for s in data])
except ValueError as e:
    print("ValueError:", e)
try:
    {k: 1 / v for k, v in {"a": 1, "b": 0}.items()}
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    total = sum(1 / x for x in [1, 2, 0])
except ZeroDivisionError as e:
    print("in genexp:", e)
results = []
for item in [[1, 2], [], [3]]:
    try:
        results.append(item[0])
    except IndexError:
        results.append(None)
print(results)
def lookup(d, keys):
    found, missing = [], []
    for k in keys:
        try:
            found.append(d[k])
        except KeyError as e:
            missing.append(e.args[0])
    return found, missing
print(lookup({"a": 1, "b": 2}, ["a", "z", "b", "y"]))
