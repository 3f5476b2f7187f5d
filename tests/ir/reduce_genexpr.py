# ir: irgen dce
# sum()/any() over a generator expression: a BUILTIN_IS test, then the inline loop
# (an accumulator phi, an early exit, StopIteration -> RuntimeError handler) beside the
# generator call it replaces when the name no longer holds the builtin.  A name the
# module binds (max below) keeps the plain call of a generator.
def total(xs):
    return sum(x * x for x in xs)

def has_negative(xs):
    return any(x < 0 for x in xs)

def max(it):
    return 0

def shadowed(xs):
    return max(x for x in xs)
