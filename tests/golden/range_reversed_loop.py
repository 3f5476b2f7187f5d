# for x in reversed(range(...)): every shape of range, empty ones, negative steps,
# big ints, errors, and the builtins rebound or shadowed, against CPython.
import builtins

def walk(*args):
    out = []
    for i in reversed(range(*args)):
        out.append(i)
    return out

cases = [(0,), (1,), (5,), (-3,), (2, 9), (9, 2), (2, 9, 3), (2, 10, 3), (2, 11, 3),
         (10, 2, -3), (10, 1, -3), (10, 0, -3), (-5, 5, 2), (5, -5, -2), (0, 0, 5),
         (3, 4, 100), (4, 3, -100), (-10, -1), (-1, -10, -1)]
for c in cases:
    r = walk(*c)
    print(c, r, r == list(reversed(list(range(*c)))))

big = 2 ** 62
print(walk(big - 2, big + 1))
print(walk(-big - 1, -big + 2))
print(walk(big, big - 6, -2))

total = 0
for i in reversed(range(100)):
    if i % 7 == 0:
        continue
    if i < 50:
        break
    total += i
print(total, i)

n = 0
for i in reversed(range(4)):
    for j in reversed(range(i)):
        n += i * 10 + j
print(n)

for bad in [("a",), (1, 2, 0), (1.5,)]:
    try:
        for i in reversed(range(*bad)):
            print("never", i)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def with_local_reversed():
    reversed = lambda r: [x * 2 for x in r]
    return [i for i in reversed(range(3))] + [k for k in (reversed(range(2)))]
print(with_local_reversed())

def loop_local():
    out = []
    for i in reversed(range(3)):
        out.append(i)
    return out

saved = builtins.reversed
builtins.reversed = lambda r: iter([-1, -2])
print(loop_local())
builtins.reversed = saved
saved_range = builtins.range
builtins.range = lambda *a: [10, 20, 30]
print(loop_local())
builtins.range = saved_range
print(loop_local())

class R:
    def __reversed__(self):
        return iter("cba")
def rev_obj():
    return [c for c in reversed(R())]
print(rev_obj())

def gen():
    for i in reversed(range(3)):
        yield i
print(list(gen()))
for i in reversed(range(3)):
    pass
print("last", i)
for i in reversed(range(1, 10, 4)):
    x = i
else:
    print("else", x)
