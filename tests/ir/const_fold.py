# ir: copy_prop const_fold
# Constants fold where Python's result is certain; errors and big results stay runtime.
def consts():
    a = 2 * 3 + 1
    b = -7 // 2, -7 % 2, 1 << 29, 2 ** 10
    c = 0.5 * 4, 1 / 4, "ab" + "c", -(2.5)
    return a, b, c

def kept():
    return 1 // 0, 1 << 40, 2 ** 100, 1e308 * 10.0, "a" * 3
