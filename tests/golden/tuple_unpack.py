a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
h, *mid, t = range(5)
print(h, mid, t)
p, *q = [7]
print(p, q)
[m, n] = "xy"
print(m, n)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *"xy"], (*[1], 2), {**{"a": 1}, "b": 2})
x = y = [0]
x.append(1)
print(x, y)
i, lst = 0, [10, 20]
i, lst[i] = 1, 99
print(i, lst)
