# Sequence patterns: which subjects qualify (list, tuple, range, subclasses; not str,
# bytes, bytearray, dict, set, iterators), star positions, nested sequences, and the
# star capture always being a list.
class MyList(list):
    pass


def seq(x):
    match x:
        case []:
            return "empty"
        case [_]:
            return "one"
        case [a, *_, z] if len(x) > 4:
            return "long %r..%r" % (a, z)
        case [*init, "end"]:
            return "init %r" % (init,)
        case ["start", *rest]:
            return "rest %r" % (rest,)
        case [*all_of_it]:
            return "all %r (%s)" % (all_of_it, type(all_of_it).__name__)


subjects = [[], [1], (1,), range(3), range(10), MyList([1, 2]), ("x", "end"), ("start", 1, 2),
            "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, iter([1, 2]), (1, 2, 3), "", 42]
for s in subjects:
    r = seq(s)
    print(type(s).__name__, "->", r)

match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print("deep", a + b + c + d)

match (1, 2, 3, 4, 5):
    case (first, second, *mid, last):
        print(first, second, mid, last)

match []:
    case [*x]:
        print("star on empty:", x)

match [1, 2]:
    case [1, 2, *rest]:
        print("exact with empty rest:", rest)

match range(5):
    case [0, *_, last]:
        print("range last:", last)

# A tuple subject built from several expressions.
x, y = 3, 4
match x, y:
    case 0, 0:
        print("origin")
    case (3, b):
        print("x is three, y =", b)

# Sequence patterns use __len__ of list subclasses.
class Liar(list):
    def __len__(self):
        return 1


try:
    match Liar([1, 2, 3]):
        case [a]:
            print("Liar matched one item?", a)
        case _:
            print("Liar not matched")
except ValueError as e:
    print("ValueError:", e)
