# ir: range_loop slice_access
# x[a:b] and x[a:b] = v use the bounds directly; a slice kept in a variable stays.
# x[a:b] = y[c:d] reads y[c:d] into a temporary (GETSLICE_TEMP) when the SETSLICE is its
# only use, in the same block; not when the slice is used again, nor in a generator.
def flip(perm, k):
    perm[: k + 1] = perm[k::-1]
    return perm[1:]

def kept(xs):
    s = slice(1, 3)
    r = slice(0, 2)
    return xs[s], xs[1:2:1], r

def used_twice(xs):
    t = xs[::-1]
    xs[:2] = t
    return t

def gen(xs):
    xs[:2] = xs[1::-1]
    yield xs
