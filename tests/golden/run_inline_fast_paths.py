# Small-int + - and comparisons, list[i] loads and stores, counting loops, at their edges (the inline paths of trc run's libtcc code: overflow to big ints, negative and out-of-range indexes, other types)
import sys

BIG = sys.maxsize           # beyond trc's small ints (63 bits) on 64-bit targets
EDGE = 2 ** 62 - 1          # the largest 63-bit small int
NEG_EDGE = -(2 ** 62)       # the smallest


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def iadd(a, b):
    a += b
    return a


def isub(a, b):
    a -= b
    return a


for a, b in [(1, 2), (-5, 3), (EDGE, 1), (EDGE, EDGE), (NEG_EDGE, -1), (NEG_EDGE, NEG_EDGE),
             (EDGE, NEG_EDGE), (0, 0), (BIG, 1), (1.5, 2), (2, 1.5), (True, 1), ("a", "b"),
             ([1], [2]), (-1, 1)]:
    print(repr(add(a, b)), repr(iadd(a, b)), end=" ")
    if not isinstance(a, (str, list)):
        print(repr(sub(a, b)), repr(isub(a, b)))
    else:
        print()
print(sub(NEG_EDGE, 1), sub(EDGE, -1), sub(NEG_EDGE, EDGE), sub(0, NEG_EDGE))
for bad in [(1, "x"), ("x", 1), (None, 2), ([], 1)]:
    try:
        add(*bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        sub(*bad)
    except TypeError as e:
        print("TypeError:", e)


def compare_all(a, b):
    return [a < b, a <= b, a == b, a != b, a > b, a >= b]


for a, b in [(1, 2), (2, 1), (3, 3), (-4, 4), (NEG_EDGE, EDGE), (EDGE, EDGE + 1), (BIG, BIG),
             (1, 1.0), (2, 1.5), (1.5, 2), (0.0, -0.0), (float("nan"), 1), (True, 1), (False, 1),
             ("a", "b"), ((1, 2), (1, 3))]:
    row = compare_all(a, b)
    branches = ""
    if a < b: branches += "lt "
    if a <= b: branches += "le "
    if a == b: branches += "eq "
    if a != b: branches += "ne "
    if a > b: branches += "gt "
    if a >= b: branches += "ge "
    print(row, branches)
try:
    compare_all(1, "x")
except TypeError as e:
    print("TypeError:", e)

# list[i] and list[i] = v: in range, negative, out of range, non-lists, subclasses
items = [10, 20, 30]
print(items[0], items[2], items[-1], items[-3])
for i in [3, -4, BIG, -BIG]:
    try:
        items[i]
    except IndexError as e:
        print("IndexError:", e)
    try:
        items[i] = 0
    except IndexError as e:
        print("IndexError:", e)
items[0] = "first"
items[-1] = 3.5
items[1] += 5
print(items)
print((1, 2, 3)[1], (1, 2, 3)[-1], "abc"[1], {0: "zero", 1: "one"}[1], range(10)[3], b"xy"[0])
d = {}
d[2] = "two"
print(d)
try:
    (1, 2)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    items["0"]
except TypeError as e:
    print("TypeError:", e)
try:
    items[1.0] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print("TypeError:", e)
five = 5
try:
    five[0]
except TypeError as e:
    print("TypeError:", e)
try:
    five[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(items[True], items[False])


class Logged(list):
    def __getitem__(self, i):
        print("get", i)
        return list.__getitem__(self, i)

    def __setitem__(self, i, v):
        print("set", i, v)
        list.__setitem__(self, i, v)


lg = Logged([1, 2, 3])
lg[1] = lg[0] + lg[2]
print(lg)

# a loop: sums and indexes through the same sites many times
grid = [0] * 50
total = 0
for k in range(1000):
    j = k % 50
    grid[j] = grid[j] + k - 3
    if grid[j] > total:
        total = grid[j]
print(total, grid[:5], sum(grid))

# counting loops: steps up and down, empty, past the small ints (an iterator), floats read
# from a list as small ints and floats (float(x) of each)
for args in [(5,), (2, 9, 3), (9, 2, -3), (3, 3), (3, 1), (-2, 2), (5, -5, -4), (EDGE - 2, EDGE + 2),
             (BIG, BIG + 3), (NEG_EDGE + 1, NEG_EDGE - 2, -1)]:
    seen = []
    for x in range(*args):
        seen.append(x)
    print(args, seen)
mixed = [1, 2.5, -3, 0.0, EDGE, True]
acc = 0.0
for k in range(len(mixed)):
    acc = acc * 0.5 + mixed[k] * 1.0
print(acc)
