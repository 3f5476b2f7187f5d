# ir: spec_loop int_loop
# An innermost range loop gets a copy with its item as a C integer (the header shows
# its blocks, exception handlers inside the loop included); a loop around another range
# loop, one whose item has no use the copy makes faster (grid's inner loop), a float
# loop's copy and a generator's loop are left alone.
def shift(a, n):
    for i in range(n):
        try:
            a[i] = a[i + 1]
        except IndexError:
            break


def grid(n):
    g = []
    for r in range(n):
        for c in range(n):
            g.append(r * c)
    return g


def total(xs: list, n: int) -> float:
    s = 0.0
    for i in range(n):
        s = s + 0.5
    return s


def gen(n):
    for i in range(n):
        yield i + 1


print(shift([1, 2, 3], 3), grid(2), total([], 3), list(gen(2)))
