words = ["apple", "bob", "cat", "dove", "eagle"]
print({w: len(w) for w in words})
print({w[0]: w for w in words if len(w) > 3})
print({k: v for k, v in zip("abc", range(3))})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({i: {j: i * j for j in range(3)} for i in range(2)})
print({(i, j): i + j for i in range(2) for j in range(2) if i != j})
sq = {n: n * n for n in range(-3, 4)}
print(sq, {v for v in sq.values()} == {0, 1, 4, 9})
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
inv = {}
for ch, c in counts.items():
    inv.setdefault(c, []).append(ch)
print(counts, inv)
print({k: v for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))})
