# ir: fuse_float unbox_float
# Float tree roots stay doubles until a boxed use; an accumulator phi with a float
# input stays unboxed across iterations; a lone operator next to floats becomes a tree.
def dot(a, b, n):
    s = 0.0
    for i in range(n):
        s += a[i] * b[i]
    return s

def lone(x, y):
    d = x - y
    return d * d + 1.0

def maybe_unbound(c, x):
    if c:
        t = x * 2.0
    return t
