parts = []
for i in range(5):
    parts.append("item%d" % i)
print(", ".join(parts))
s = ""
for ch in "abcdef":
    s = ch + s
print(s)
s2 = ""
for i in range(10):
    s2 += str(i * i)
print(s2, len(s2))
lines = []
for row in range(1, 5):
    lines.append(" ".join([str(row * col).rjust(3) for col in range(1, 5)]))
print("\n".join(lines))
words = ["short", "a", "medium", "lengthiest"]
width = max([len(w) for w in words])
for w in words:
    print("|" + w.ljust(width) + "|" + w.rjust(width) + "|" + w.center(width, ".") + "|")
banner = "*" * (width + 4)
print(banner + "\n* " + "Title".center(width) + " *\n" + banner)
acc = []
n = 1234567
while n:
    n, r = divmod(n, 1000)
    acc.append("%03d" % r if n else str(r))
print(",".join(reversed(acc)))
