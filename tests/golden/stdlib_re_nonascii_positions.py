# Match positions in a str with multi-byte characters: the pattern engine works on
# UTF-8 bytes and each match's positions are converted to code points, forwards
# through a findall and backwards when a later call searches from an earlier point.
import re

text = "Caf\u00e9 \u201cna\u00efve\u201d \u2014 \u00e6on\u2019s r\u00e9sum\u00e9 " * 40
words = re.findall(r"\w+", text)
print(len(words), words[:6], words[-3:])
spans = [m.span() for m in re.finditer(r"\w+", text)]
print(spans[:8], spans[-2:])
assert all(text[a:b] == w for (a, b), w in zip(spans, words))

p = re.compile(r"r\u00e9sum\u00e9")
for pos in (len(text) - 10, 0, 300, 5, len(text) // 2, 1):
    m = p.search(text, pos)
    print(pos, m.span() if m else None, m.start() if m else None)
print(p.search(text, 10, 40))
print(re.sub(r"\u00e9", "E", text[:30]))
print(re.split(r"[\u2014\u201c\u201d]", text[:40]))
print([m.group(0, 1) for m in re.finditer(r"(\w)\w*\u2019", text[:200])])
print(re.subn(r"\s+", "_", text)[1])
