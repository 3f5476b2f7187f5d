# The inline list/tuple subscripts of compiled code (runtime/tr.h tr_getitem_fast):
# negative indices, the bounds, IndexError texts, non-int indices and subclasses
# that override __getitem__/__setitem__ still take the generic path.
l = [10, 20, 30]
t = (1, 2, 3)
for i in [0, 1, 2, -1, -2, -3, 3, -4, 2**62, -2**62, 2**70]:
    for seq in [l, t]:
        try:
            print(i, seq[i])
        except IndexError as e:
            print(i, "IndexError", e)
for i in [0, -1, -3, 3, -4, 2**64]:
    try:
        l[i] = i * 100
        print(i, l)
    except IndexError as e:
        print(i, "IndexError", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
print(l[True], l[False], t[True])
l[True] = "one"
print(l)
try:
    print(l[1.0])
except TypeError as e:
    print("TypeError", e)
print(l[::2], t[1:], l[-2:])
class L(list):
    def __getitem__(self, i):
        return ("L", i)
    def __setitem__(self, i, v):
        print("L set", i, v)
class T(tuple):
    def __getitem__(self, i):
        return ("T", i)
x = L([1, 2, 3])
x[0] = 9
print(x[0], x[-1], list.__getitem__(x, 0), T((1, 2))[0])
d = {0: "zero", -1: "minus one"}
print(d[0], d[-1])
s = "abc"
print(s[0], s[-1])
grid = [[0] * 4 for _ in range(3)]
for r in range(3):
    for c in range(4):
        grid[r][c] = r * c
        grid[r][c] += grid[r][c - 1]
print(grid)
