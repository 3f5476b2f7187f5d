words = "apple avocado banana blueberry cherry cranberry date apple banana".split()
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
by_count = {}
for w, c in counts.items():
    by_count.setdefault(c, set()).add(w)
print({c: sorted(ws) for c, ws in sorted(by_count.items())})
lengths = {w: len(w) for w in words}
print(lengths, max(lengths.values()), [w for w, n in lengths.items() if n == max(lengths.values())])
inverted = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
merged = {}
for d in [{"x": 1, "y": 2}, {"y": 3, "z": 4}, {"x": 5}]:
    for k, v in d.items():
        merged[k] = merged.get(k, 0) + v
print(merged)
pairs = list(zip("abcabc", range(6)))
last = dict(pairs)
first = {}
for k, v in pairs:
    first.setdefault(k, v)
print(last, first)
