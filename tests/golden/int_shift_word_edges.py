# Shifts around the small-int limits of 32- and 64-bit targets, with run-time counts.
def shl(a, k):
    return a << k

def shr(a, k):
    return a >> k

for k in [0, 1, 28, 29, 30, 31, 32, 33, 40, 60, 61, 62, 63, 64, 65, 100]:
    print(k, shl(1, k), shl(-3, k), shr(shl(5, k), k), shr(-1, k), shr(2**30 - 1, k), shr(-(2**30), k))
print((1 << 40) - 1, shl(1, 40) - 1)
