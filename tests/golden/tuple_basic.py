t = (1, "two", 3.0, None, (4, 5))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], t[::2])
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(t.count(1), (1, 2, 1, 1).count(1), t.index(3.0), (1, 2, 3).index(3, 1))
print((1, 2) + (3,), (0,) * 3, (1, 2) * 0, 2 in (1, 2), (1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0))
a, b, c = (1, 2, 3)
print(a, b, c)
x = 1, 2
print(x, type(x).__name__)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pt"}[(1, 2)], ((1, 2), (3, 4))[1][0])
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2).index(5)
except ValueError as e:
    print("ValueError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    (1,) + [2]
except TypeError as e:
    print("TypeError:", e)
tl = ([1], [2])
tl[0].append(9)
print(tl, sorted([(2, "b"), (1, "z"), (2, "a")]), max((1, 2), (1, 3)))
print(repr((1,)), str(("a", 'b"')), tuple([x * x for x in range(4)]))
