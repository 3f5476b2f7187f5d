# str fast paths stay exact: strip(chars), splitlines, ASCII case mapping, ==, +=, join, replace, in, dict.get
import string


class S(str):
    pass


def show(label, v):
    print(label, repr(v), type(v).__name__)


# strip / lstrip / rstrip with and without chars, narrow and wide, str and bytes
for s in ["  hello  ", "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f x \x1f", "...a.b...", "", "   ", "\xa0 x\xa0", "\u2003xy\u2003",
          "\x85abc\x85", "éé.é", "日本語日"]:
    show("strip", s.strip())
    show("lstrip", s.lstrip())
    show("rstrip", s.rstrip())
    show("strip.", s.strip("."))
    show("strip.é", s.strip(".é"))
    show("strip日", s.strip("日"))
    show("stripnone", s.strip(None))
for b in [b"  hi \x85\xa0", b"\x1c\x1d ab \x1f", b"..x..", b"\xff\xfeab\xff", b""]:
    print(b.strip(), b.lstrip(b"."), b.rstrip(b"\xff"), b.strip(b"\x85\xa0 "), bytearray(b).strip())
w = "(hello, world!)"
print(w.strip(string.punctuation), w.lstrip("(h"), w.rstrip(")!d"), "xxaxx".strip("x"), "aaa".strip("a"))
print("é-x-é".strip("é-"), "ab".strip("\u00e9a"), "aé".rstrip("\u00e9"))
show("subclass strip", S("  s  ").strip())
show("subclass nochange", S("s").strip())
show("unchanged", "abc".strip("xyz"))
for bad in [1, b"x", ["x"]]:
    try:
        "abc".strip(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    b"abc".strip("a")
except TypeError as e:
    print("TypeError:", e)
try:
    "a".rstrip("a", "b")
except TypeError as e:
    print("TypeError:", e)

# splitlines: every str line boundary, bytes only \r and \n
text = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\nm"
print(text.splitlines())
print(text.splitlines(True))
print(text.encode().splitlines())
print(b"x\r\ny\x0bz\x1c".splitlines(keepends=True))
print("ab\xe9\u2028".splitlines(), "\xe2\x80".splitlines(), "".splitlines(), "\n".splitlines(), "x".splitlines())
print("日本\n語\r\n".splitlines(True), S("p\nq").splitlines())

# case mapping on ASCII (short, long, subclass) and non-ASCII
for s in ["", "a", "Z", "Hello World 123", "ALL CAPS @[`{", "mixed_Case-42 xyz" * 3, "straße", "ǅemo", "ΣΑΣ Σ"]:
    print(s.lower(), s.upper(), s.casefold(), s.swapcase(), s.title(), s.capitalize())
show("lower sub", S("AbC").lower())
show("upper one", "q".upper())
u = "q".upper()
print(u is "Q".lower().upper(), u == "Q")
print(b"Hello \xc9".lower(), b"Hello \xe9".upper(), bytearray(b"aB").swapcase())
try:
    "x".lower(1)
except TypeError as e:
    print("TypeError:", e)

# replace: counts, empty old, growth past many matches, non-ASCII old/new, bytes, subclass
t = "a{x}b{x}{x}c"
print(t.replace("{x}", "Ω"), t.replace("{x}", "", 2), t.replace("{x}", "[{x}]", -1), t.replace("", "."), t.replace("", "-", 3))
print(("ab" * 100).replace("b", "é").count("é"), ("aaaa" * 30).replace("aa", "b"), "é日é".replace("日", "x"), "é日é".replace("é", ""))
print(("xy" * 50 + "xz").replace("xz", "!")[-5:], "abc".replace("abcd", "x"), "aaa".replace("a", "a"), "".replace("", "z"))
print(b"a.b.c".replace(b".", b"::"), bytearray(b"x-y").replace(b"-", b""), b"abc".replace(b"", b"|"))
show("replace sub", S("hello").replace("l", "L"))
show("replace none", S("hello").replace("z", "L"))
long = "ab" * 40 + "abcabd" + "ab" * 40
print(long.replace("abd", "X")[-90:], long.find("abd"), "abd" in long, "abe" in long, long.count("ab"), long.split("abc")[1][:8])
print("needle" in "haystack with a needle", "" in "x", "xx" in "x", "日本" in "こんにちは日本", "ab" in "a" * 100 + "b")
for bad in [(1, "x"), ("x", None)]:
    try:
        "abc".replace(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)

# ==, <, sorting and concatenation of strs, subclasses and mixed types
class Loud(str):
    def __eq__(self, other):
        return "eq-called"
    __hash__ = str.__hash__
print("a" == "a", "a" != "b", "é" < "日", "a" < "aa", "" < "a", "b" > "abc", "x" <= "x", "x" >= "y", "abc" == "abd")
print(sorted(["b", "a", "é", "日", "ab", "", "A", "\U0001f600", "\ud7ff"]), "a" == Loud("b"), Loud("b") == "a")
print(min(["pear", "apple", "fig"]), max(["pear", "apple", "fig"]), "a" == 1, "1" != 1)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
acc = ""
for ch in "héllo wörld":
    acc += ch
    acc = acc + ""
show("concat", acc)
show("concat sub", S("a") + "b")
x = S("q")
x += "r"
show("iadd sub", x)
try:
    acc += 1
except TypeError as e:
    print("TypeError:", e)

# int/str format specs: padding, fill, sign, grouping, bases, non-ASCII fill, bool, big ints
for v in [0, 7, -7, 42, -1234567, 2**62, -2**63, 10**30, True]:
    print(f"[{v:02d}|{v:>8}|{v:<6}|{v:^9}|{v:+d}|{v: d}|{v:,}|{v:_}|{v:012,d}|{v:x}|{v:#X}|{v:#o}|{v:b}|{v:*^11n}|{v:é>7}]")
print(f"{'ab':>5}|{'ab':<5}|{'ab':^6}|{'é':-^5}|{'x':5}|{'日本':>4}|{'long':2}|{3.5:06.2f}|{-0.0:z.1f}|{1e6:,.2f}")
print("%5d|%-5d|%05d|%+d|%x|%s|%r|%.3s" % (42, 42, -42, 7, 255, "s", "r", "abcdef"))
for spec in ["5.2d", "z", "=s", ",c"]:
    try:
        format(5, spec)
    except ValueError as e:
        print("ValueError:", e)

# fixed-point floats: exact ties, near-ties, large values, precision limits, %, alt form
fl = [0.0, -0.0, 0.125, 0.375, 2.5, 1.005, 2.675, 9.995, 0.045, 1 / 3, 1099511627775.5, 1e12, 123456.789, 5e-324, 1e300]
for v in fl:
    print("%.2f %.0f %.9f %.10f" % (v, v, v, v), f"{v:.3f} {v:.1%} {v:#.0f} {-v:+.2f} {v:,.2f}")
print(f"{float('inf'):.2f} {float('nan'):.1f} {-1.5:.0f} {0.5:.0f} {1.5:.0f}", "%.2f%%" % 99.995, "%8.3f|" % 3.14159)

# %-formatting of ints: precision zeros, flags, bases, big and negative values, floats as %d
for v in [0, 5, -5, 123456, -2**63, 10**25, True, 3.99, -3.99]:
    print("[%d|%5d|%-6i|%05d|%+d|% d|%.4d|%8.3d|%u|%x|%#X|%#o|%o|%-+7d]" % ((v,) * 14) if not isinstance(v, float)
          else "[%d|%5d|%i]" % (v, v, v))
for bad in ["%d" % 0 and ("%d", "x"), ("%x", 1.5)]:
    try:
        bad[0] % bad[1]
    except TypeError as e:
        print("TypeError:", e)
