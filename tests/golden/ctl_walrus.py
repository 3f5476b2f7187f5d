data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 6])
total = 0
print([total := total + x for x in data], total)
items = ["a", "bb", "", "ccc"]
i = 0
while (item := items[i]) != "":
    print("item", item)
    i += 1
def f(x):
    return x * 10
print([(v, w) for v in range(4) if (w := f(v)) % 20 == 0])
if (m := max(data)) and m > 5:
    print("max", m)
print((z := 5) + z, z)
vals = iter([1, 2, 0, 3])
while (v := next(vals)):
    print("v", v)
print(n, m, v)
