s = "hello"
for ch in s:
    print(ch, end=" ")
print()
for i, ch in enumerate(s):
    print(i, ch, ord(ch) - ord("a"))
it = iter("ab")
print(next(it), next(it), next(it, "done"))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(list("abc"), tuple("ab"), sorted(set("banana")), "".join(sorted("banana")))
vowels = sum(1 for c in "programming language" if c in "aeiou")
print(vowels, [c * 2 for c in "xyz"], {c: ord(c) for c in "AB"})
print(list(zip("abc", "12345")), list(map(ord, "AZ")))
