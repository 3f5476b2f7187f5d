# ir: check_bound copy_prop
# Reads of named locals (COPY) become uses of the values themselves.
def total(xs):
    s = 0
    for x in xs:
        s = s + x * x
    return s

def scale(xs, k):
    # k is read in the loop: the loop header's phi of k merges only k itself
    out = []
    for x in xs:
        out.append(x * k)
    return out
