s = "The Quick Brown Fox Jumps"
print([w[0] for w in s.split()], "".join([w[0] for w in s.split()]))
print([w.lower() for w in s.split() if len(w) == 5])
print({w: len(w) for w in s.lower().split()})
print(sorted({c.lower() for c in s if c.isalpha()}) == sorted(set(s.lower().replace(" ", ""))))
print(["".join(sorted(w.lower())) for w in s.split()])
print([s[i:i + 3] for i in range(0, len(s), 3)])
print([i for i, c in enumerate(s) if c.isupper()])
print(" ".join([w[::-1] for w in s.split()]), " ".join(s.split()[::-1]))
vowels = "aeiou"
print(["".join([c for c in w if c.lower() not in vowels]) for w in s.split()])
print([(c, s.lower().count(c)) for c in "aeiou" if c in s.lower()])
