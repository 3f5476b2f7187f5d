# Float-list reads and stores of one value in a loop, whose C code remembers that the
# value was found to be a list: the value rebound to other sequences and mappings,
# a list made generic or shortened between reads, subclasses and __getitem__ objects.


class Row(list):
    def __getitem__(self, k):
        return 10.0 * list.__getitem__(self, k)


class Seq:
    def __getitem__(self, k):
        return 0.5 * k


def first_plus_one(rows):
    out = []
    for r in rows:
        out.append(r[0] + 1.0)
        out.append(r[-1] * 2.0)
    return out


print(first_plus_one([[1.0, 2.0], (3.0, 4.0), [5.0, 6.0], Row([7.0, 8.0]), {0: 1.5, -1: 2.5},
                      Seq(), [9.0, 10.0]]))


def scale(rows, f):
    for r in rows:
        r[0] = r[0] * f
        r[1] = r[1] + r[0]
    return rows


print(scale([[1.0, 2.0], [3.0, 4.0]], 2.0))
print(scale([[1.0, 2.0], Row([3.0, 4.0]), {0: 1.0, 1: 2.0}], 3.0))


def reads_around_change(l):
    a = l[0] + 0.0
    l[0] = 1  # an int: the list is generic from now on
    b = l[0] + 0.5
    l[1] = l[1] * 2.0
    del l[1:]
    try:
        c = l[1] + 1.0
    except IndexError as e:
        c = str(e)
    try:
        l[1] = l[0] * 2.0
    except IndexError as e:
        print("store:", e)
    return a, b, c, l


print(reads_around_change([2.0, 3.0, 4.0]))


def same_list_twice(p, q):
    p[0] = p[0] + 1.0
    q[0] = q[0] + 1.0
    return p[0] + q[0]


l = [1.0, 2.0]
print(same_list_twice(l, l), l)
m = [1.0, 2.0]
print(same_list_twice(m, [5.0]), m)


def not_a_list(rows):
    total = 0.0
    for r in rows:
        total = total + r[0] * 2.0
    return total


try:
    print(not_a_list([[1.0], [2.0], 3.0]))
except TypeError as e:
    print("TypeError:", e)
try:
    print(not_a_list([[1.0], None]))
except TypeError as e:
    print("TypeError:", e)
print(not_a_list([[1.0], []]))
