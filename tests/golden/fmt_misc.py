print(format(123), format("abc"), format(1.5), format([1, 2]), format(None), format(True))
class Money:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "short":
            return "$%d" % (self.c // 100)
        return "$%d.%02d" % divmod(self.c, 100)
    def __str__(self):
        return "Money(%d)" % self.c
m = Money(12345)
print(format(m), format(m, "short"), f"{m}", f"{m:short}", "{}".format(m), "{:short}".format(m), str(m), f"{m!s}")
table = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
print(f"{'name':<10}{'qty':>5}{'price':>8}")
for nm, q, pr in table:
    print(f"{nm:<10}{q:>5d}{pr:>8.2f}")
print("-" * 23)
total = sum(q * pr for _, q, pr in table)
print(f"{'total':<10}{total:>13.2f}")
print("%-10s|%5s" % ("a", "b"), "{:-^20}".format(" centered "))
try:
    format(m, 5)
except TypeError as e:
    print("TypeError:", e)
print(f"{3:{'0'}{5}}", f"{'x':{'<'}3}|")
