# Int arithmetic inside float loops counted in C (opt/spec_loop.c's copies): + - * // %
# of range items and constants run on C integers, with Python's floor division and
# modulo, and leave the copy for the generic operators when a result outgrows the small
# ints or a divisor is 0.
def spectral(n):
    s = 0.0
    for i in range(n):
        for j in range(n):
            s += 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)
    return s


def signed(lo, hi):
    s = 0.0
    for i in range(lo, hi):
        s += 0.5 * ((i * 7) // 3) + 0.25 * ((i * 7) % -3) + 0.125 * ((i * -11) // -4) + ((i * i) % 5) * 0.0625
    return s


def outgrowing(n):
    s = 0.0
    for i in range(n):
        s += 1.0 / (1 + (i * 500000003 * 500000003 * 500000003) % 1000003)
    return s


def zero_divisor(n):
    s = 0.0
    for i in range(n):
        s += 1.0 * ((i * 3) // (i - i))
    return s


def from_before(n, k):
    s = 0.0
    for i in range(n):
        for j in range(n):
            s += 0.5 * ((i + j) * 2 - k)
    return s


print(spectral(1), spectral(7), spectral(40))
print(signed(-20, 20), signed(0, 1), signed(5, 3))
print(outgrowing(1), outgrowing(60))
try:
    zero_divisor(3)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(from_before(4, 3), from_before(4, 2**70), from_before(3, 1.5))
