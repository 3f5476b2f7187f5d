def clean(s):
    return "".join([c.lower() for c in s if c.isalnum()])
def is_pal(s):
    c = clean(s)
    return c == c[::-1]
tests = ["A man, a plan, a canal: Panama", "racecar", "hello", "", "Was it a car or a cat I saw?", "No 'x' in Nixon", "ab"]
for t in tests:
    print(repr(t), is_pal(t))
def longest_pal(s):
    best = ""
    for center in range(len(s)):
        for lo, hi in [(center, center), (center, center + 1)]:
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best
for s in ["babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "x"]:
    print(s, longest_pal(s))
def is_anagram(a, b):
    return sorted(clean(a)) == sorted(clean(b))
print(is_anagram("Listen", "Silent"), is_anagram("Dormitory", "dirty room"), is_anagram("abc", "abd"))
