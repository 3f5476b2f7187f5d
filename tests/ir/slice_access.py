# ir: range_loop slice_access
# x[a:b] and x[a:b] = v use the bounds directly; a slice kept in a variable stays.
def flip(perm, k):
    perm[: k + 1] = perm[k::-1]
    return perm[1:]

def kept(xs):
    s = slice(1, 3)
    r = slice(0, 2)
    return xs[s], xs[1:2:1], r
