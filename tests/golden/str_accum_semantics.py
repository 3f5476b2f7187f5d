# `s += t` / `s = s + t` in loops (opt/str_accum.c: the string may grow in place):
# aliases, escapes into containers, prepending, non-str operands, subclasses, errors,
# non-ASCII text, nested loops, early exits and hashing of the built strings.
def basic(n):
    out = ""
    for i in range(n):
        out += str(i)
        if i % 3 == 0:
            out = out + ","
    return out

print(basic(25), len(basic(3000)))

def aliases(n):
    s = "start"
    seen = []
    for i in range(n):
        t = s
        s += "-%d" % i
        seen.append(t)
        u = s
        s = s + "."
        seen.append(u)
    return s, seen

print(aliases(4))

def escapes(n):
    s = ""
    keep = []
    d = {}
    for i in range(n):
        s += "ab"
        keep.append(s)
        d[s] = i
        s += "c"
    return keep, sorted(d.items()), s

print(escapes(4))

def self_add(n):
    s = "x"
    for i in range(n):
        s += s
    return len(s), s[:5]

print(self_add(10))

def prepend(n):
    s = ""
    for i in range(n):
        s = str(i) + s
    return s

print(prepend(12))

def mixed(items):
    acc = items[0]
    for x in items[1:]:
        acc += x
    return acc

print(mixed(["a", "b", "c"]), mixed([1, 2, 3]), mixed([[1], [2], [3]]), mixed([(1,), (2,)]), mixed([1.5, 2, 3]))

class Loud(str):
    def __add__(self, other):
        return Loud(str.__add__(self, other).upper())
    def __radd__(self, other):
        return "radd(" + other + ")"

def subclasses():
    s = "ab"
    for piece in ["c", Loud("d"), "e"]:
        s += piece
    t = Loud("x")
    for piece in ["y", "z"]:
        t += piece
    return s, t, type(t).__name__

print(subclasses())

def errors():
    s = "a"
    for x in ["b", 1, "c"]:
        try:
            s += x
        except TypeError as e:
            print("TypeError:", e, "| s =", s)
    return s

print(errors())

def text(n):
    s = ""
    for i in range(n):
        s += "é" if i % 5 == 0 else "e"
        s += "→"
    ascii_then = ""
    for i in range(100):
        ascii_then += "abc"
    ascii_then += "ü"
    for i in range(100):
        ascii_then += "xyz"
    return len(s), s[:12], s[-3:], s.count("é"), len(ascii_then), ascii_then[298:305], ascii_then.index("ü")

print(text(40))

def nested(rows, cols):
    lines = []
    for r in range(rows):
        line = ""
        for c in range(cols):
            line += "#" if (r + c) % 2 else "."
        lines.append(line)
        line += "!"
        lines.append(line)
    return lines

print(nested(3, 5))

def early(words):
    s = ""
    while True:
        if not words:
            break
        w = words.pop()
        s += w
        if w == "stop":
            return "returned " + s
        s += " "
    return "ended " + s

print(early(["a", "stop", "b"]), early(["x", "y"]))

def hashing(n):
    s = ""
    keys = {}
    for i in range(n):
        s += "k"
        keys[s] = len(s)
        s += ""
    s2 = "k" * n
    return keys[s2], hash(s) == hash(s2), s == s2, s in keys

print(hashing(50))

def big(n):
    s = ""
    for i in range(n):
        s += "line %d\n" % i
    return len(s), s.count("\n"), s[-10:]

print(big(20000))

def builtins_on_it(n):
    s = ""
    out = []
    for i in range(n):
        s += "ab"
        out.append(len(s))
        out.append(s.upper()[-2:])
        if s:
            s += "c"
    return out, s

print(builtins_on_it(3))

def inspected(n):
    s = ""
    sizes = []
    while len(s) < n:
        if s and s is not None and s != "x":
            s += "ab"
        else:
            s += "x"
        sizes.append(len(s))
    return s, sizes

print(inspected(9))
