# ir: range_loop seq_loop
# An iterator that only feeds its loop's FOR_NEXT walks a list or tuple by index
# (type seqloop); a loop over an iterator object (`for x in it`, next(it) in the body)
# is one too, iterating it at run time as before; a generator's loops keep theirs.
# `for i, x in enumerate(xs[, start])` of the builtin takes the call into its ITER
# (`ITER 'enumerate' callee, xs`), the CALL gone; a target that is not a pair keeps
# the call; any other loop whose items are only unpacked into two is a pair loop
# (`ITER 'pairs' x`: zip's, enumerate's and dict items' pairs stepped without tuples).
def total(xs):
    s = 0
    for x in xs:
        s += x
    return s

def pairs(xs):
    it = iter(xs)
    out = []
    for x in it:
        out.append((x, next(it, None)))
    return out

def weighted(xs):
    s = 0
    for i, x in enumerate(xs, 1):
        s += i * x
    for t in enumerate(xs):
        s += t[0]
    for a, b in zip(xs, xs):
        s += a * b
    return s

def gen(xs):
    for x in xs:
        yield x * 2

print(total([1, 2, 3]), total((4, 5)), pairs([1, 2, 3]), weighted([4, 5]), list(gen([1, 2])))
