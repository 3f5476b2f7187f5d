# `for i, x in enumerate(seq[, start])` walks seq and counts in C (compiler/opt/seq_loop.c)
# while enumerate is the builtin: every kind of seq and start, errors from the call and
# from the walk, a shadowing builtin, and loops the fusion must leave alone.
import builtins


def walk(seq, start=None):
    out = []
    if start is None:
        for i, x in enumerate(seq):
            out.append((i, x))
    else:
        for i, x in enumerate(seq, start):
            out.append((i, x))
    return out


print(walk([1.5, 2, "a"]))
print(walk((1, 2, 3), 10))
print(walk("abc", -2))
print(walk(range(3), True))
print(walk(iter([7, 8]), 2**70))
print(walk([], 5))
print(walk({"k": 1, "j": 2}))


def gen():
    yield 1
    yield 2


print(walk(gen(), 2**62 - 1))
print(walk(gen(), -(2**62) - 1))


class Index:
    def __index__(self):
        return 5


print(walk("ab", Index()))
for bad in (1.5, "x", [1]):
    try:
        walk("ab", bad)
    except TypeError as e:
        print("TypeError", e)
for args in ((5,), (5, "x")):  # start is checked before seq, as CPython does
    try:
        walk(*args)
    except TypeError as e:
        print("TypeError", e)


def failing():
    yield "first"
    raise KeyError("in the walk")


try:
    walk(failing())
except KeyError as e:
    print("KeyError", e)

# a float list's items are handed out as floats
floats = [0.5 * k for k in range(4)]
total = 0.0
for i, x in enumerate(floats):
    total += i * x
print(total)

# the list grows while walked: the count follows the items
grown = [1, 2]
for i, x in enumerate(grown):
    if i < 3:
        grown.append(x * 10)
print(grown)


# break, continue, else, nested loops, the targets rebound in the body
def nested(rows):
    found = []
    for r, row in enumerate(rows):
        for c, v in enumerate(row, 1):
            if v is None:
                continue
            if v < 0:
                break
            c = c * 100
            found.append((r, c, v))
        else:
            found.append((r, "whole"))
    return found


print(nested([[1, None, 2], [3, -1, 4], []]))


# a keyword start and an unpacking into three are not counted in C but behave the same
def others(seq):
    a = [(i, x) for i, x in enumerate(seq, start=3)]
    b = []
    for i, (x, y) in enumerate(seq):
        b.append(i + x + y)
    return a, b


print(others([(1, 2), (3, 4)]))


# enumerate replaced in builtins: the call goes to the replacement
real_enumerate = builtins.enumerate


def fake_enumerate(seq, start=0):
    return [(1, 2, 3)]


builtins.enumerate = fake_enumerate
try:
    walk([1])
except ValueError as e:
    print("ValueError", e)


def pairs(seq, start=0):
    return [("x", "y")]


builtins.enumerate = pairs
print(walk([4]), walk([4], 9))
del builtins.enumerate
try:
    walk([4])
except NameError as e:
    print("NameError", e)
builtins.enumerate = real_enumerate
print(walk([4], 9))
