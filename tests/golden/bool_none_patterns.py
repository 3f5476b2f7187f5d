def find(items, pred):
    for i in items:
        if pred(i):
            return i
    return None
r1 = find([1, 3, 4, 5], lambda x: x % 2 == 0)
r2 = find([1, 3], lambda x: x % 2 == 0)
print(r1, r2, r1 is None, r2 is None, r2 == None)
def maybe(flag):
    return "value" if flag else None
for f in [True, False]:
    v = maybe(f)
    print(repr(v), v or "fallback", v is not None and len(v))
flags = [True, False, True, True]
print(flags.count(True), sum(flags), all(flags), any(flags), flags.index(False), sorted(flags))
print(True and None, None or False, False or None, None and True, not None)
print(bool(None) == False, None is None, type(None).__name__)
print([x for x in [None, 0, False, "", "a", 1] if x is not None])
counts = {True: 0, False: 0}
for n in range(10):
    counts[n % 3 == 0] += 1
print(counts)
print(isinstance(None, object), None.__class__.__name__, str(None).upper(), repr(None) * 2)
