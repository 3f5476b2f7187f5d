# Large strs built by formatting and repr (the runtime hands a large build buffer over
# as the str itself): their contents, lengths, indexing of non-ASCII text, hashing,
# equality with copies, and further growth.
items = [("string", (1, 2), [3, 4], {5: 6, 7: 8})] * 2000
r = repr(items)
print(len(r), r[:60], r[-45:])
p = "[%s]" % ", ".join(repr(x) for x in items)
print(p == r, hash(p) == hash(r), len(p))

wide = "é€😀" * 3000
w = "<%s>" % wide
print(len(w), w[0], w[1], w[4500], w[-2], w[9000 - 1:9002], w.count("€"))
print(w[1:-1] == wide, w.find("😀", 5000), w.rfind("é"))
f = "{0}|{0}".format(wide)
print(len(f), f[9000], f[9001], f[-1], f.index("|"))

ascii_then_wide = "%s%s" % ("x" * 5000, "ü" * 70)
print(len(ascii_then_wide), ascii_then_wide[4999:5002], ascii_then_wide[-1], ascii_then_wide.isascii())

s = "%s" % ("ab" * 4000)
t = s + "c"
s += "d"
print(len(s), len(t), s[-3:], t[-3:], s[:-1] == t[:-1])
d = {p: 1}
print(d[r], r in d, p.upper()[:10], p.encode()[-5:])
print(f"{'y' * 6000}!"[-3:], len(f"{'y' * 6000}!"), str(list(range(3000)))[-12:])
