TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we were
all going direct the other way - in short, the period was so far like the present
period, that some of its noisiest authorities insisted on its being received, for
good or for evil, in the superlative degree of comparison only."""

def tokenize(text):
    words = []
    current = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            current.append(ch)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words

def count(words):
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    return freq

def top(freq, n):
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

words = tokenize(TEXT)
freq = count(words)
print("total words:", len(words))
print("distinct words:", len(freq))
print("top 10:")
for word, c in top(freq, 10):
    print("  %-8s %3d %s" % (word, c, "#" * c))
lengths = {}
for w in freq:
    lengths.setdefault(len(w), []).append(w)
for L in sorted(lengths):
    print("len %2d: %s" % (L, ", ".join(sorted(lengths[L])[:5])))
longest = max(freq, key=lambda w: (len(w), w))
print("longest:", longest, len(longest))
singles = sorted([w for w, c in freq.items() if c == 1])
print("hapax count:", len(singles), "first five:", singles[:5])
lines = TEXT.split("\n")
for i, line in enumerate(lines, 1):
    print("%d: %2d words, %2d chars, starts %r" % (i, len(tokenize(line)), len(line), line[:10]))
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("letters:", "".join([k for k, v in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))]))
print("avg word length: %.3f" % (sum([len(w) for w in words]) / len(words)))
