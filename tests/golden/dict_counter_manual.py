text = "the cat and the hat and the bat sat on the mat"
freq = {}
for w in text.split():
    if w in freq:
        freq[w] += 1
    else:
        freq[w] = 1
print(freq)
most = sorted(freq.items(), key=lambda kv: kv[1], reverse=True)
print(most[:3])
letters = {}
for ch in text.replace(" ", ""):
    letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
a = {"x": 3, "y": 1}
b = {"y": 2, "z": 5}
total = dict(a)
for k, v in b.items():
    total[k] = total.get(k, 0) + v
diff = {k: a.get(k, 0) - b.get(k, 0) for k in sorted(set(a) | set(b))}
print(total, diff, {k: v for k, v in diff.items() if v > 0})
print(sum(freq.values()), len(freq), min(freq, key=lambda k: (freq[k], k)))
bigrams = {}
ws = text.split()
for w1, w2 in zip(ws, ws[1:]):
    bigrams[(w1, w2)] = bigrams.get((w1, w2), 0) + 1
print([bg for bg, c in bigrams.items() if c > 1])
