points = [(3, 1), (1, 2), (3, 0), (1, -1), (2, 2)]
print(sorted(points), max(points), min(points), sorted(points, key=lambda p: (p[1], -p[0])))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 3), (2,) > (1, 99), () < (0,), (1, "a") < (1, "b"))
grid = {}
for x, y in points:
    grid[(x, y)] = x * y
print(grid[(3, 1)], (1, 2) in grid, (9, 9) in grid, sorted(grid.items())[:2])
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
pair = 1, 2
nested = (pair, (pair,), ((),))
print(nested, len(nested), nested[1][0][1], nested[2][0] == ())
a = (1, 2, 3)
b = a + (4,)
print(a, b, a is not b, a * 2, a[::-1], tuple(reversed(a)), sum(a), sorted(a, reverse=True))
count = {}
for word in "a b a c b a".split():
    count[(word, len(word))] = count.get((word, len(word)), 0) + 1
print(count)
print(hash((1, 2, 3)) == hash(tuple([1, 2, 3])), (1, 2) == tuple([1, 2]), tuple() is tuple() or True)
