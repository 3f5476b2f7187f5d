TEXT = ("Tauraro is an ahead-of-time compiler for a Python dialect. It must reproduce the exact output of "
        "the reference interpreter, byte for byte, including the formatting of floating point numbers, "
        "the order of dictionary keys and the messages of exceptions. Supercalifragilisticexpialidocious words get their own line.")
def wrap(text, width):
    lines, cur = [], []
    length = 0
    for word in text.split():
        if cur and length + 1 + len(word) > width:
            lines.append(" ".join(cur))
            cur, length = [], 0
        if cur:
            length += 1
        cur.append(word)
        length += len(word)
    if cur:
        lines.append(" ".join(cur))
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum([len(w) for w in words])
    out = ""
    for i, w in enumerate(words[:-1]):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += w + " " * n
    return out + words[-1]
for width in [30, 45]:
    print("+" + "-" * width + "+")
    lines = wrap(TEXT, width)
    for i, line in enumerate(lines):
        shown = justify(line, width) if i < len(lines) - 1 and len(line) <= width else line.ljust(width)
        print("|" + shown + "|")
    print("+" + "-" * width + "+")
print([len(l) for l in wrap(TEXT, 20)])
print(wrap("", 10), wrap("one", 1), wrap("a b c d e f", 3))
