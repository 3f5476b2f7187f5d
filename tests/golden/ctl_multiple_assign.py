a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = y, x = 1, 2
print(x, y)
i = 0
items = [0, 0, 0]
i, items[i] = 1, 9
print(i, items)
first, second = "ab"
(p, q), r = "xy", "z"
print(first, second, p, q, r)
n1 = n2 = 5
n1 += 1
print(n1, n2)
k, v = max({"a": 3, "b": 7}.items(), key=lambda kv: kv[1])
print(k, v)
[h, *t] = (1, 2, 3)
print(h, t)
for idx, val in [(0, "a"), (1, "b")]:
    pass
print(idx, val)
matrix = [[1, 2], [3, 4]]
(a1, a2), (b1, b2) = matrix
print(a1 + b2, a2 * b1)
def pair():
    return 10, 20
lo, hi = pair()
lo, hi = hi, lo
print(lo, hi)
