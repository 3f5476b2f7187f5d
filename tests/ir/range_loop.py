# ir: dce range_loop
# for-loops over builtin range() become RANGE_ITER; other iterables and a range
# object used elsewhere stay ITER.
def count(n):
    s = 0
    for i in range(1, n, 2):
        s += i
    return s

def kept(n, xs):
    r = range(n)
    for i in r:
        print(i, len(r))
    for x in xs:
        print(x)
