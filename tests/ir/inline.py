# ir: irgen inline
# A small module function called with its positional parameters is inlined behind a
# guard on the callee's code; the call stays on the other path, the result is a phi.
def area(w, h):
    return w * h

def larger(a, b):
    if a > b:
        return a
    return b

def total(xs):
    t = 0
    for x in xs:
        t = t + area(x, 2) + larger(x, 3)
    return t

def not_inlined(x):
    return area(x, h=2) + area(x)
