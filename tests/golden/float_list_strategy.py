# Lists of floats alone keep raw doubles (runtime/obj_list_float.c): every operation
# must still see the same items, the same objects and the same errors as CPython.
import math


class F(float):
    def __mul__(self, other):
        return "F.__mul__"


class Probe:
    def __init__(self, lst):
        self.lst = lst

    def __radd__(self, other):
        return other is self.lst[0]


def arith(b):
    # float trees reading list items, and stores of computed doubles
    dx = b[0] - b[1]
    b[2] -= dx * 2.0
    b[1] += b[0] * b[2]
    return dx


def identity():
    x = 1.5
    l = [x, 2.5]
    print(l[0] is x, l[0] is l[0], l[1] is l[1])
    y = l[0] * 2.0  # a read as a double keeps the item's box
    print(y, l[0] is x)
    l[0] = y * 3.0  # a stored double: the box made on first read is kept
    a = l[0]
    print(a, a is l[0], l[0] is l[0])
    z = 4.25
    l[1] = z
    print(l[1] is z)
    p = Probe(l)
    print(l[0] + p)  # the generic path gets the item's own box
    c = [0.5] * 3
    print(c[0] is c[1], c[1] is c[2])
    c[1] += 1.0
    print(c, c[0] is c[2], c[0] is c[1])


def mixed():
    l = [1.0, 2.0, 3.0]
    l[1] = 7  # an int: generic from now on
    print(l, arith([1.0, 2, 3.0]))
    m = [1.0, 2.0]
    m.append("s")
    print(m)
    n = [1.0, 2.0]
    n.append(3.5)
    n.append(None)
    print(n)
    f = F(2.0)
    s = [1.0, f]  # a subclass never enters the strategy
    print(s[1] * 3.0, type(s[1]).__name__, s[1] is f)
    t = [1.0, 2.0]
    t[0] = f
    print(t[0] * 2.0, t[0] is f, type(t[0]).__name__)
    u = [3.0, 1.0]
    u[1] = True
    print(u, u[1] is True, arith([2.0, True, 1.0]))
    v = [1.0, 2.0, 3.0]
    print(arith(v), v)
    w = [2.0, 5.0, 1]
    print(arith(w), w)


def operations():
    l = [3.0, -0.0, 1.5, float("nan"), 2.0]
    print(repr(l), str(l), len(l))
    print(l == [3.0, -0.0, 1.5, l[3], 2.0], l == [3.0, 0.0, 1.5, float("nan"), 2.0])
    print(1.5 in l, 4.0 in l, l.index(2.0), l.count(-0.0))
    k = [3.0, 1.0, 2.0]
    k.sort()
    print(k, sorted([2.5, 0.5, 1.5], reverse=True))
    print([1.0, 2.0, 3.0][::-1], [1.0, 2.0, 3.0][1:], [1.0, 2.0][5:])
    c = [1.0, 2.0, 3.0]
    d = c.copy()
    e = c[:]
    g = list(c)
    c[0] = 9.0
    print(c, d, e, g, d[1] is c[1])
    print(tuple([1.0, 2.0]), [1.0, 2.0] + [3.0], [1.0] * 0, [1.0, 2.0] * 2)
    print(sum([0.1, 0.2, 0.3]), math.fsum([0.1, 0.2, 0.3]), max([1.0, 4.0, 2.0]), min([1.0, 4.0, 2.0]))
    h = [1.0, 2.0, 3.0]
    h.insert(1, 1.5)
    h.extend([4.0, 5.0])
    print(h, h.pop(), h.pop(0), h)
    del h[1]
    h.remove(3.0)
    h.reverse()
    print(h)
    q = [1.0, 2.0]
    q *= 3
    q[5] += 0.5
    print(q, q[0] is q[2])
    r = [0.0] * 4
    for i in range(4):
        r[i] = i * 0.5 + r[i - 1]
    print(r, [x * 2.0 for x in r], *r)
    j = [1.0, 2.0, 3.0]
    j[1:2] = [7.0, 8.0]
    print(j, "%.1f %.1f" % (j[0], j[-1]))
    a, b, *rest = [1.0, 2.0, 3.0, 4.0]
    print(a, b, rest)
    big = [1.0] * 40
    big.append(2.0)
    big[40] *= 3.0
    print(len(big), big[40], big[39] is big[0])


def mutation_during_iteration():
    l = [1.0, 2.0, 3.0]
    for x in l:
        if len(l) < 6:
            l.append(x * 10.0)
    print(l)
    m = [1.0, 2.0, 3.0, 4.0]
    for x in m:
        m.remove(x)
    print(m)
    n = [5.0, 6.0]
    it = iter(n)
    print(next(it))
    n[1] = 60.0
    print(next(it), n)


def errors():
    l = [1.0, 2.0]
    try:
        print(l[2] * 2.0)
    except IndexError as e:
        print("IndexError", e)
    try:
        l[-3] = l[0] * 2.0
    except IndexError as e:
        print("IndexError", e)
    try:
        print(l[0] * "x")
    except TypeError as e:
        print("TypeError", e)
    try:
        print(l["a"] + 1.0)
    except TypeError as e:
        print("TypeError", e)
    try:
        print(l[0] / (l[1] - 2.0))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    print(l[-1] * 2.0, l[-2] - 0.5)
    l[-1] = l[-2] + 10.0
    print(l)


identity()
mixed()
operations()
mutation_during_iteration()
errors()
b = [0.5, 0.25]
print(b[5] * 2.0)
