# trc run's float-list reads and stores with a literal index (tr_float_list_read_at / _write_at, written for libtcc only), at their edges: float-strategy lists, generic ones, too short ones, tuples, list subclasses, non-sequences, a list turning generic in the loop, offsets at and past the literal bound, and item identity after a read and after a store


class Scaled(list):
    def __getitem__(self, k):
        return list.__getitem__(self, k) * 2

    def __setitem__(self, k, v):
        list.__setitem__(self, k, v + 100.0)


def advance(bodies, dt, steps):
    # the shape of nbody's loop: reads of b[k] in float expressions, stores of doubles
    for _ in range(steps):
        for i in range(len(bodies)):
            b = bodies[i]
            b[0] += dt * b[3]
            b[1] -= dt * b[4]
            b[3] = b[3] * 0.5 + b[1]
    return bodies


def show(bodies):
    print([[round(v, 9) if isinstance(v, float) else v for v in b] for b in bodies])


show(advance([[1.0, 2.0, 3.0, 4.0, 5.0], [0.5, -0.5, 0.25, -0.25, 1.5]], 0.01, 3))
show(advance([[1.0, 2, 3.0, 4, 5.0]], 0.1, 2))                 # ints among the floats
show(advance([Scaled([1.0, 2.0, 3.0, 4.0, 5.0])], 0.1, 2))     # a list subclass
for bad in [[[1.0, 2.0, 3.0]], [(1.0, 2.0, 3.0, 4.0, 5.0)], [{0: 1.0, 1: 2.0, 3: 3.0, 4: 4.0}], [5.0], [None], [[]]]:
    try:
        show(advance(bad, 0.1, 1))
    except (IndexError, TypeError, KeyError) as e:
        print(type(e).__name__, e)


def turns_generic(b, steps):
    for k in range(steps):
        b[0] = b[0] * 2.0 + b[1]
        if k == 2:
            b.append("x")        # no longer a float-strategy list
        if k == 4:
            b[1] = 1             # an int where a float was
    return b


print(turns_generic([1.0, 0.5], 7))
print(turns_generic([1, 0.5], 3))


def identity(b):
    x = b[2]
    y = b[2]
    same = x is y                # a read keeps the item's box
    b[2] = x * 1.0 + 0.0         # a store of a double drops it
    return same, b[2] == x, b[2] is b[2]


print(identity([0.0, 1.0, 2.5]))


def edges(b):
    # the largest literal offset the assembly takes, and the first it does not
    b[1048575] = b[1048575] + 1.5
    b[1048576] = b[1048576] * 3.0
    return b[1048575] + b[1048576]


print(edges([0.5] * 1048577))
try:
    print(edges([0.5] * 1048576))
except IndexError as e:
    print("IndexError", e)
