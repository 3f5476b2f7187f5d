# list.sort/sorted make CPython 3.11's comparisons, in number and order (timsort with
# natural runs, galloping and powersort merges), stay stable, and leave every item in
# the list when a comparison raises.
import random
calls = 0
class K:
    __slots__ = ("v",)
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        global calls
        calls += 1
        return self.v < other.v
    def __repr__(self): return f"K({self.v})"
rng = random.Random(5)
def trial(data, **kw):
    global calls
    calls = 0
    ks = [K(v) for v in data]
    out = sorted(ks, **kw)
    return calls, [k.v for k in out][:5]
shapes = {
    "random": lambda n: [rng.randrange(n) for _ in range(n)],
    "sorted": lambda n: list(range(n)),
    "reversed": lambda n: list(range(n, 0, -1)),
    "sawtooth": lambda n: [i % 37 for i in range(n)],
    "fewuniq": lambda n: [rng.randrange(4) for _ in range(n)],
    "runs": lambda n: sorted(rng.randrange(n) for _ in range(n // 2)) + sorted(rng.randrange(n) for _ in range(n - n // 2)),
    "almost": lambda n: [i if rng.random() > 0.02 else rng.randrange(n) for i in range(n)],
    "organ": lambda n: list(range(n // 2)) + list(range(n // 2, 0, -1)),
}
for n in [0, 1, 2, 3, 10, 63, 64, 65, 100, 257, 1000, 5000, 20000]:
    for name, make in shapes.items():
        d = make(n)
        print(n, name, trial(d), trial(d, reverse=True), trial(d, key=lambda k: K(-k.v)))
# stability and identity of equal keys
pairs = [(rng.randrange(10), i) for i in range(2000)]
print(sorted(pairs, key=lambda p: p[0]) == sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0])[:8])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:8])
words = [("".join(chr(97 + rng.randrange(5)) for _ in range(rng.randrange(1, 4))), i) for i in range(3000)]
print(sorted(words)[:6], sorted(words, reverse=True)[:4], sorted(w for w, _ in words)[-3:])
print(sorted(["b", "a", "é", "ß", "A", "", "ab", "\U0001f600"]))
mixed = [3, 1.5, True, -2, 10**30, 2.5e-3, 7]
print(sorted(mixed), sorted(mixed, reverse=True))
print(sorted([float("nan"), 1.0, 0.5, float("nan"), -1.0]))
# errors midway: everything still in the list
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 13 or o.v == 13: raise ValueError("bad 13")
        return self.v < o.v
lst = [Bad(v) for v in rng.sample(range(300), 300)]
try: lst.sort()
except ValueError as e: print(e, sorted(b.v for b in lst) == list(range(300)))
try: sorted([1, "a", 2])
except TypeError as e: print(e)
l = [3, 1, 2]
def meddle(x):
    l.append(x)
    return x
try: l.sort(key=meddle)
except ValueError as e: print(e, l)
try: [1, 2].sort(key=lambda x: 1 / 0)
except ZeroDivisionError as e: print("ZeroDivisionError", e)
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), ()]))
