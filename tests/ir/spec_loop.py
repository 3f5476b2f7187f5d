# ir: str_accum spec_loop
# A loop whose blocks only compute on floats gets a speculative copy (the header shows
# its blocks); the inlined call's false side, a loop with a call and a range item used
# as a float's partner it cannot be are left to the generic loop.
def inv(x: float) -> float:
    return 1.0 / x

def total(a: float, n: int) -> float:
    s = 0.0
    for i in range(n):
        s += inv(a + i * 0.5)
    return s

def with_call(n):
    s = 0.0
    for i in range(n):
        s += 0.5 * i
        print(s)
    return s

def int_partner(n):
    s = 0.0
    for i in range(n):
        s += i * i + 0.5
    return s

def while_float(x):
    while x < 100.0:
        x = x * 1.5 + 0.25
    return x
