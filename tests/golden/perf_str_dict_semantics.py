# str/dict fast paths keep CPython semantics: str keys (subclasses, equal-but-distinct objects, non-ASCII), numeric key equality, get/setdefault/in, mutation errors, split/join/strip edge cases

# --- str keys that are equal but different objects, built at run time
d = {}
a = "".join(["ab", "cd"])
b = "abc" + "d"
assert a is not b
d[a] = 1
d[b] = d.get(b, 0) + 1
print(len(d), d["abcd"], a in d, "abce" in d)
for w in "x y z x y x".split():
    d[w] = d.get(w, 0) + 1
print(sorted(d.items()))


# --- str subclasses as keys: their own __hash__ and __eq__ are honoured
class Folded(str):
    def __hash__(self):
        return hash(self.lower())

    def __eq__(self, other):
        return isinstance(other, str) and self.lower() == other.lower()

    __ne__ = lambda self, other: not self.__eq__(other)


class Plain(str):
    pass


e = {Folded("Key"): 1}
print(e.get("key"), e.get(Folded("KEY")), "KEY" in e, Folded("kEy") in e)
e["key"] = 2  # "key".__eq__(Folded) is NotImplemented, reflected Folded.__eq__ is True
print(len(e), list(e.items()), type(list(e)[0]).__name__)
p = {Plain("word"): 1}
p["word"] = 2
print(p, type(list(p)[0]).__name__, Plain("word") in {"word": 0})


class Loud(str):
    calls = 0

    def __eq__(self, other):
        Loud.calls += 1
        return str.__eq__(self, other)

    __hash__ = str.__hash__


m = {"spam": 1, "eggs": 2}
print(m.get(Loud("spam")), Loud("ham") in m, Loud.calls > 0)

# --- equal numbers are one key; the first key object stays
n = {1: "int"}
n[1.0] = "float"
n[True] = "bool"
print(n, {0: 0, False: 1, 0.0: 2}, {1.5: "a", 3 / 2: "b"})
print({2**64: 1, float(2**64): 2}, hash(-1) == hash(-2))
print(n.get(1.0), n.get(True), 1 + 0j in n)

# --- non-ASCII keys and text
u = {}
for w in "naïve café naïve Ünïcödé café café 日本 日本".split():
    u[w] = u.get(w, 0) + 1
print(u, "cafe" in u, "café" in u)
print("  é à  ".split(), "a\u3000b\u2003c".split(), "x\x1cy\x1dz".split())
print("é,à,,ü".split(","), "日本語日本".split("本"), "aé".rsplit("é"))

# --- split/rsplit/splitlines edge cases
s = "  one two\tthree\nfour  "
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0), s.rsplit(maxsplit=0))
print("".split(), "".split(","), "   ".split(), " ".split(" "), "a,b,,c,".split(","))
print("a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "a,b,c".split(",", -1), "a,b,c".split(",", 0))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "----".split("--"), "aaa".split("aa"))
print("a\nb\r\nc\rd\x0be\x1cf\u2028g".splitlines(), "a\nb\n".splitlines(True), "".splitlines())
many = " ".join(str(i) for i in range(100))
print(len(many.split()), many.split()[31:34], many.rsplit(None, 50)[0][-8:], len(many.split(" ", 40)))
print(",".join(many.split()[::-1])[:40], len(("x," * 70).split(",")), ("x," * 70).rsplit(",")[-3:])
print(b"a b  c".split(), b"a,b".split(b","), bytearray(b"x y").split(), b"a\xa0b".split())
for bad in [lambda: "a".split(""), lambda: "a".split(1), lambda: "a".split(",", "x"), lambda: b"a".split("a")]:
    try:
        bad()
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)

# --- strip / lower / join
print("  hi  ".strip(), "xxhixx".strip("x"), "..a.b..".lstrip("."), "é  ".rstrip(), " \t\n".strip() == "")
print("MiXeD Ünï".lower(), "straße".upper(), "ǅ".lower(), "-".join(["a", "é", ""]), "".join([]))
try:
    ",".join(["a", 1])
except TypeError as exc:
    print(exc)

# --- mutation during iteration is an error; changing a value is not
c = {"a": 1, "b": 2}
for k in c:
    c[k] += 1
print(c)
try:
    for k in c:
        c[k + "!"] = 0
except RuntimeError as exc:
    print(exc)
try:
    for k in c:
        del c[k]
except RuntimeError as exc:
    print(exc)

# --- KeyError texts and counting idioms
try:
    {"a": 1}["b"]
except KeyError as exc:
    print(repr(exc))
try:
    {}[("t", 1)]
except KeyError as exc:
    print(repr(exc))
try:
    {}[[1]]
except TypeError as exc:
    print(exc)
try:
    {}.get({})
except TypeError as exc:
    print(exc)
cnt = {}
for ch in "mississippi":
    if ch in cnt:
        cnt[ch] += 1
    else:
        cnt[ch] = 1
print(cnt, cnt.setdefault("z", 0), cnt.setdefault("m", 9), list(cnt)[-1])
big = {}
for i in range(5000):
    big["k" + str(i % 1500)] = i
for i in range(0, 1500, 3):
    del big["k" + str(i)]
print(len(big), big.get("k1"), big.get("k3"), list(big)[:3], "k1499" in big)
