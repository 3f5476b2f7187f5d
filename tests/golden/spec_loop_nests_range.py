# A loop nest whose `range` is rebound at run time through builtins: the speculative
# copy (compiler/opt/spec_loop.c) reads `range` once, at entry, and runs only while it
# is the builtin; otherwise every range call is the replacement's.
import builtins
import math


def energy(rows):
    e = 0.0
    for i in range(len(rows)):
        b = rows[i]
        e += 0.5 * b[1] * b[1]
        for j in range(i + 1, len(rows)):
            b2 = rows[j]
            d = b[0] - b2[0]
            e -= 1.0 / math.sqrt(d * d + 0.25)
    return e


def fresh(n):
    return [[float(k) * 1.5, float(k) / 4.0] for k in range(n)]


real_range = builtins.range


def noisy_range(*args):
    print("range", args)
    return real_range(*args)


print("builtin", round(energy(fresh(3)), 9))
builtins.range = noisy_range
print("rebound", round(energy(fresh(3)), 9))
builtins.range = real_range
print("restored", round(energy(fresh(3)), 9))
del builtins.range
try:
    energy(fresh(3))
except NameError as exc:
    print("NameError:", exc)
builtins.range = real_range
print("again", round(energy(fresh(4)), 9))
