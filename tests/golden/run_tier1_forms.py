# The forms trc run writes for libtcc only, at their edges: x[k] and x[k] = v with a literal k (a list at that offset, else the generic path: tuples, dicts, strs, subclasses, too short lists, IndexError), and float trees whose unboxed operands come boxed after all (an int or a boxed float meets the unboxed path)


class MyList(list):
    def __getitem__(self, k):
        return ("sub", list.__getitem__(self, k))

    def __setitem__(self, k, v):
        list.__setitem__(self, k, v * 10)


def loads(x):
    return x[0], x[2]


def store(x, v):
    x[1] = v
    return x


for x in [[1, 2, 3], (4, 5, 6), "abc", {0: "zero", 2: "two"}, MyList([7, 8, 9]), range(3), [1.5, None, "s"]]:
    print(loads(x))
for x in [[1, 2, 3], {0: 1}, MyList([1, 2, 3]), bytearray(b"abc")]:
    print(store(x, 66))
for bad in [[1, 2], [], (1,), "a", None, 5, {1: 2}]:
    try:
        print(loads(bad))
    except (IndexError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
for bad in [[1], [], (1, 2, 3), "abc", None]:
    try:
        print(store(bad, 0))
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
grow = [0]
for i in range(1, 6):  # the same sites, on a list that grows past them
    try:
        print(loads(grow), store(grow, i))
    except IndexError as e:
        print("IndexError", e)
    grow.append(i)
big = list(range(1100))
print(big[1023], big[1099])
big[1024] = "x"
print(big[1024])


def tree(a, b, c):
    d = a - b
    e = d * d + c * d
    return e / (d + 1.0), d < c, d * 0.5


for a, b, c in [(3.0, 1.0, 2.0), (3, 1, 2), (3.0, 1, 2), (2**70, 1.0, 0.5), (1.0, 1.0, 0.0),
                (float("inf"), 1.0, 1.0), (float("nan"), 0.0, 1.0), (True, 0.5, 2.0)]:
    print(tree(a, b, c))
try:
    print(tree(0.0, 1.0, 5.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(tree("a", 1.0, 2.0))
except TypeError as e:
    print("TypeError", e)


def boxed_then_unboxed(xs):
    acc = 0.0
    for x in xs:
        y = x * 2.0
        lst = [y]            # y boxed here
        acc = acc + y * y    # and read as a double after
        acc = acc - lst[0]
    return acc


print(boxed_then_unboxed([1.0, 2.5, -3.0, 4]))
print(boxed_then_unboxed([1, 2, 3]))
