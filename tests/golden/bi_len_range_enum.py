print(len("hello"), len([1, 2]), len((1,)), len({1: 2, 3: 4}), len({1, 2, 3}), len(range(10, 0, -2)), len(b"xy"), len(""))
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("ab", start=-1)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"), type(e).__name__)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -1)))
class Sized:
    def __len__(self):
        return 42
print(len(Sized()))
try:
    len(iter([1]))
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)
