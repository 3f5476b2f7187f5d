t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(len(t), t.count(5), t.count(7), t.index(1), t.index(5, 5), t.index(5, 9, 11))
print(sorted(t), tuple(sorted(set(t))), max(t), min(t), sum(t), t[::3], t[-3:], t[:0])
for bad in [lambda: t.index(7), lambda: t.index(1, 4, 6)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
pairs = tuple(zip(t[::2], t[1::2]))
print(pairs, dict(pairs))
nested = ((1, 2), (3, (4, 5)))
(a, b), (c, (d, e)) = nested
print(a + b + c + d + e, nested[1][1][0], len(nested), nested == ((1, 2), (3, (4, 5))))
print(tuple(range(3)) + tuple("ab"), (0,) * 4, tuple([]) == (), tuple(reversed(t))[:3])
print(t < (3, 1, 5), t > (3,), (1, 2) == [1, 2], (1, 2) != (1, 2.0))
single = ("only",)
print(single, len(single), single[0], ("not tuple"), type(("x")).__name__, type(("x",)).__name__)
print(str(()), repr((1, (2,), [3])), (1, 2).__len__(), (5, 6).__getitem__(-1), (1, 2).__contains__(2))
