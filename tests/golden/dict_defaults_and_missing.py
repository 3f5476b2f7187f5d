class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        self[key] = value = self.factory()
        return value
dd = DefaultDict(list)
for word in "one two three four five six".split():
    dd[len(word)].append(word)
print(dict(dd), len(dd), 10 in dd)
counter = DefaultDict(int)
for ch in "hello world":
    counter[ch] += 1
print(sorted(counter.items()))
print(counter.get("zz"), "zz" in counter, counter["zz"], "zz" in counter)
class Missing(dict):
    def __missing__(self, key):
        return key.upper()
m = Missing(a="x")
print(m["a"], m["b"], m.get("b"), len(m))
d = {}
print(d.setdefault("a", []), d, d.setdefault("a", [1]), d.get("b", {}).get("c", "deep default"))
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e)
