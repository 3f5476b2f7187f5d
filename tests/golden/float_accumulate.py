total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
vals = [1e16, 1.0, -1e16]
print(sum(vals), sum(sorted(vals, key=abs)), 1e16 + 1.0 - 1e16)
mean = sum([2.5, 3.5, 4.0]) / 3
var = sum([(x - mean) ** 2 for x in [2.5, 3.5, 4.0]]) / 3
print(mean, var, var ** 0.5)
x = 1.0
n = 0
while 1.0 + x != 1.0:
    x /= 2
    n += 1
print(n, x, x * 2)
h = 0.0
for k in range(1, 101):
    h += 1 / k
print(h, "%.6f" % h)
c = 100.0
for _ in range(12):
    c *= 1 + 0.05 / 12
print(c, round(c, 2), "%.2f" % c)
print(0.1 * 0.1, 1.1 * 1.1, 3.3 / 3, 1e-3 * 1e3, 4.35 * 100, int(4.35 * 100))
