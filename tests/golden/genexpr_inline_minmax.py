# min() and max() over generator expressions: first of equal items, key=, default=, errors.
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(min(p for p in pairs), max(p for p in pairs))
print(min((p for p in pairs), key=lambda p: p[0]), max((p for p in pairs), key=lambda p: p[0]))
print(min((p for p in pairs), key=None), max((p for p in pairs), key=None))
print(min((x for x in []), default="empty"), max((x for x in []), default=None))
print(min((x for x in [3, 1]), default=7), max((x for x in [3, 1]), key=lambda x: -x, default=7))
print(max(len(w) for w in "the quick brown fox".split()))
print(min(x * 0.5 for x in range(1, 5)), max(x for x in [1, 2.0, 2, 1.5]))
print(min(x for x in [2.0, 2]), max(x for x in [2, 2.0]))

class Key:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("  lt", self.n, other.n)
        return self.n < other.n
    def __gt__(self, other):
        print("  gt", self.n, other.n)
        return self.n > other.n
    def __repr__(self):
        return f"Key({self.n})"
print(min(Key(n) for n in [3, 1, 2]))
print(max(Key(n) for n in [3, 1, 5]))

def key(v):
    print("  key", v)
    return -v
print(min((v for v in [1, 2, 3]), key=key))

for bad in [lambda: min(x for x in []),
            lambda: max(x for x in range(0)),
            lambda: max((x for x in []), key=len),
            lambda: min(x for x in [1, "a"]),
            lambda: max((x for x in [1, 2]), key=lambda v: None),
            lambda: min((x for x in [1, 2]), key=5)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def widest(rows):
    return max((len(r) for r in rows), default=0)
print(widest(["ab", "abcd", ""]), widest([]))
