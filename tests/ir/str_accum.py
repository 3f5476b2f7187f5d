# ir: unbox_float str_accum
def build(n):
    out = ""
    for i in range(n):
        out += str(i)
        if i % 3 == 0:
            out = out + ","
    return out

def aliased(n):
    s = ""
    for i in range(n):
        t = s
        s += "x"
        print(t)
    return s

def numbers(xs):
    total = 0
    for x in xs:
        total += x
    return total
