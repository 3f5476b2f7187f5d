# Range loops whose item runs as a C integer (opt/int_loop.c): every edge the copy
# meets must behave as the generic loop does.
import builtins


def shift(a, n):
    for i in range(n):
        a[i] = a[i + 1]
    return a


print(shift(list(range(8)), 7))


def arith(n):
    out = []
    for i in range(n):
        out.append((i + 1, i - 1, i * 3, i // 2, i % 3, i & 1, i | 4, i ^ 5, -i, ~i, abs(i - 3), i << 2, i >> 1))
    return out


print(arith(5))


def compare(n):
    hits = []
    for i in range(n):
        if i < 2 or i == 5 or i >= 8:
            hits.append(i)
        if 3 <= i % 7 < 5:
            hits.append(-i)
    return hits


print(compare(10))


def near_the_edges():
    for big in (2**30, 2**62, 2**63):
        print([i + 5 for i in range(big - 4, big - 1)])
        for i in range(big - 3, big):
            print(i, i + 1, i * 2, -i, i - big)
    for i in range(2**100, 2**100 + 3):
        print(i + 1)
    for i in range(-2**62 - 2, -2**62 + 2):
        print(i - 1, i)


near_the_edges()


def steps():
    print([i for i in range(10, 0, -3)], [i for i in range(0, 10, 4)], [i for i in range(3, 3)])
    total = 0
    for i in range(10, -10, -4):
        total += i * i
    print(total)
    for i in range(5, 2):
        print("never", i)
    for i in range(0):
        print("never", i)
    else:
        print("empty else")


steps()


def negative_indices(a):
    seen = []
    for i in range(-len(a), len(a)):
        seen.append(a[i])
        a[i] = a[i] + 1
    return seen, a


print(negative_indices([10, 20, 30]))


def rebinding(n):
    out = []
    for i in range(n):
        out.append(i)
        i = i * 10
        out.append(i)
        i += 1
        out.append(i)
    return out, i


print(rebinding(3))


def shadowed(n):
    out = []
    for i in range(n):
        out.append(i + 1)
    return out


class CountDown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        items, k = [], self.n
        while k > 0:
            items.append(k)
            k -= 1
        return iter(items)


print(shadowed(4))
builtins.range, saved = CountDown, builtins.range
print(shadowed(4))
builtins.range = saved
print(shadowed(3))


def local_range(range):
    out = []
    for i in range(2):
        out.append(i + 1)
    return out


print(local_range(lambda n: [10.5, 20][:n]), local_range(saved))


def break_continue(a):
    out = []
    for i in range(len(a)):
        if a[i] < 0:
            continue
        if a[i] > 100:
            break
        out.append(a[i] * i)
    else:
        out.append("no break")
    return out, i


print(break_continue([1, -2, 3, 200, 5]))
print(break_continue([1, -2, 3]))


def escapes(n):
    kept = []
    for i in range(n):
        kept.append(i)
        if i == 3:
            return i, kept, str(i), repr(i), hash(i) == hash(3), type(i).__name__
    return None


print(escapes(10))


def raises(a):
    out = []
    for i in range(len(a) + 2):
        try:
            out.append(a[i] // (i - 1))
        except ZeroDivisionError as exc:
            out.append(("zero", i, str(exc)))
        except IndexError as exc:
            out.append(("index", i, str(exc)))
    return out


print(raises([5, 6, 7]))


def value_error(n):
    for i in range(n):
        if i == 2:
            raise ValueError(i)


try:
    value_error(5)
except ValueError as exc:
    print("caught", exc.args, type(exc.args[0]).__name__)


def length_changes(a):
    out = []
    for i in range(len(a)):
        try:
            out.append(a[i])
        except IndexError:
            out.append("gone")
        a.pop()
    return out, a


print(length_changes([1, 2, 3, 4, 5]))


def grows(a):
    for i in range(len(a)):
        a.append(a[i] * 2)
    return a


print(grows([1, 2, 3]))


def nested(n):
    grid = [[0] * n for _ in range(n)]
    for r in range(n):
        for c in range(n):
            grid[r][c] = r * n + c
    for r in range(n):
        k = 0
        while k < r:
            grid[r][k] = -grid[r][k]
            k += 1
    return grid


print(nested(3))


def gen(n):
    for i in range(n):
        yield i * i


def uses_generator(n):
    out = []
    g = gen(n)
    for i in range(n):
        out.append(next(g) + i)
    return out


print(list(gen(4)), uses_generator(4))


class Doubling(list):
    def __getitem__(self, k):
        return ("item", k)

    def __setitem__(self, k, v):
        print("set", k, v)


def other_containers(n):
    t = tuple(range(10, 20))
    s = "abcdefgh"
    d = {k: k * k for k in range(n)}
    f = [0.5] * n
    sub = Doubling([1, 2, 3])
    out = []
    for i in range(n):
        f[i] = f[i] * i
        out.append((t[i], s[i], d[i], f[i], sub[i]))
        sub[i] = i
    return out


print(other_containers(3))


def bool_and_float_bounds():
    print([i for i in range(True, 4)], [i + 1 for i in range(False, True)])
    try:
        for i in range(3.0):
            print(i)
    except TypeError as exc:
        print("TypeError", exc)


bool_and_float_bounds()

total = 0
for j in range(1000):
    total += j % 7
print("module loop", total, j)

rows = list(range(6))
for j in range(len(rows) - 1):
    rows[j] = rows[j + 1] - rows[j]
print(rows)


def uncaught(a):
    for i in range(len(a) + 1):
        a[i] = a[i] + 1


uncaught([1, 2])
