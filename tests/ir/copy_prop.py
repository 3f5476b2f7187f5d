# ir: check_bound copy_prop
# Reads of named locals (COPY) become uses of the values themselves.
def total(xs):
    s = 0
    for x in xs:
        s = s + x * x
    return s
