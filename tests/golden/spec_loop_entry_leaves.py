# An object from before a speculative float loop that its float trees read (`dt`) is
# tested and read as a double once, when the copy is entered: an exact float, a small
# int (converted as float * int converts it), or anything else, which leaves every
# tree to the generic path (bools, float and int subclasses, big ints, ints past 2**53,
# strs, None, complex).

def drift(rows, dt):
    for b in rows:
        b[0] += dt * b[1]
        b[1] -= b[0] * dt
    return rows

class F(float):
    def __mul__(self, other):
        return 100.0

class I(int):
    def __rmul__(self, other):
        return -1.0

def rows():
    return [[1.0, 0.5], [2.0, -0.25], [0.5, 4.0]]

for dt in (0.5, 3, -2, True, False, F(0.5), I(2), 2 ** 70, 2 ** 53 + 1, -(2 ** 62), "x", None, 1j, float("nan"), float("inf")):
    try:
        print(repr(dt), drift(rows(), dt))
    except Exception as e:
        print(repr(dt), type(e).__name__ + ":", e)

def scaled(xs, k):
    total = 0.0
    for j in range(len(xs)):
        total += xs[j] * k / 3.0
    return total

for k in (1.5, 7, 2 ** 60 + 1, True, None):
    try:
        print("scaled", repr(k), scaled([0.25, 0.5, 1.0], k))
    except TypeError as e:
        print("scaled", repr(k), type(e).__name__ + ":", e)
