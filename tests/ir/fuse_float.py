# ir: slice_access fuse_float
# Float trees: inner results used once, next to their parent, become one unboxed tree.
def norm2(dx, dy, dz):
    return dx * dx + dy * dy + dz * dz

def scaled(b, m):
    b[3] -= b[0] * m / 2.0

def not_fused(a, b, c):
    x = a * b + c[0]
    y = (a * b) * (a * b)
    return x, y

def ints(n):
    k = 3 * 2 + 1
    return n * k + 1
