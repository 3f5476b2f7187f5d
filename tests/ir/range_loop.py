# ir: dce range_loop
# for-loops over builtin range() or reversed(range()) become RANGE_ITER; other
# iterables, a range object used elsewhere and reversed() of anything else stay ITER.
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

def down(n, xs):
    s = 0
    for i in reversed(range(n, 0, -2)):
        s += i
    for x in reversed(xs):
        s += x
    return s
