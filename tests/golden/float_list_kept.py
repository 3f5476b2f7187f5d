# Float-strategy lists (runtime/obj_list_float.c) stay float lists through iteration,
# slicing, copies, sorting and sum: every item must still be the same object CPython
# hands out, and sum must add as CPython 3.11 does (left to right, no compensation).
import math


def iteration():
    x = 1.5
    l = [x, 2.5, -0.0]
    seen = [v for v in l]
    print(seen[0] is x, seen[1] is l[1], l[2] is seen[2], seen)
    for v in l:
        print(v is l[l.index(v)], end=" ")
    print()
    back = list(reversed(l))
    print(back, back[0] is l[2], back[2] is x)
    it = iter(l)
    print(next(it) is x)
    l.append(3.5)  # grows under a live iterator
    print(list(it))
    it = iter(l)
    next(it)
    l[1] = "s"  # generalized under a live iterator
    print(list(it))
    for v in [0.5, 1.5]:
        print(v * 2.0, end=" ")
    print()


def slices_and_copies():
    x = 2.25
    l = [x, 1.0, 3.0, float("nan"), -0.0]
    s = l[:]
    print(s[0] is x, s[1] is l[1], s is l, s == l, l[3] is s[3])
    r = l[::-2]
    print(r, r[-1] is x, r[0] is l[4])
    c = l.copy()
    c[0] = 9.0
    print(c[0], l[0] is x, c[1] is l[1])
    m = list(l)
    m.append(7)
    print(m, l)
    t = tuple(l)
    print(t[0] is x, t[2] is l[2])
    e = l[2:2]
    print(e, l[5:], l[1:3] + [4.0])
    print(l[1:4:2], l[-1:-4:-1])


def sorting():
    x = 3.0
    l = [x, 1.0, 2.0, 1.0, -0.0, 0.0]
    s = sorted(l)
    print(s, s[-1] is x, s[0] is l[4], s[1] is l[5])
    l.sort(reverse=True)
    print(l, l[0] is x)
    l.sort(key=lambda v: -v)
    print(l)
    print(sorted([2.5, 1.5], key=str), sorted([float("inf"), -1.0, 5e300]))


def sums():
    print(sum([0.1] * 10), sum([0.1] * 10, 0.0), sum([1e100, 1.0, -1e100, 1.0]))
    print(sum([-0.0]), sum([-0.0], -0.0), sum([-0.0], 0.0), sum([1.5, 2.5], 10))
    print(sum([1.5], 2**70), sum([1.5], True), sum([0.5, 0.25], start=1))
    print(sum([float("inf"), float("-inf")]), sum([1.0, float("nan")]))
    l = [1.5, 2.5]
    l *= 0
    print(sum(l), sum(l, 0.0))
    m = [0.1, 0.2, 0.3]
    print(sum(m) == 0.1 + 0.2 + 0.3, math.fsum(m), sum(x * 2.0 for x in m))
    try:
        sum([1.5], "a")
    except TypeError as e:
        print(e)
    try:
        sum([1.5], None)
    except TypeError as e:
        print(e)
    print(sum([2.5, 0.5], [1.0][0]))


def built_by_append():
    l = []
    for i in range(5):
        l.append(i * 1.5)
    x = 0.75
    l.append(x)
    print(l, l[-1] is x, l[0] is l[0], sum(l))
    l.append(2)
    print(l, l[-2] is x)
    b = []
    b.append(True)
    b.append(1.0)
    print(b, [v for v in b])


iteration()
slices_and_copies()
sorting()
sums()
built_by_append()
