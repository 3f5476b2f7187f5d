from math import *
print(sqrt(16), floor(2.7), ceil(2.1), factorial(6), gcd(12, 18))
print(pi, e, tau == 2 * pi, inf > 1e308, isnan(nan))
print(round(sin(pi / 2), 12), round(cos(0), 12), log(e), log10(1000), log2(8))
print(isqrt(99), comb(6, 2), perm(4, 2), prod([1, 2, 3, 4]), fsum([0.1] * 10))
try:
    print(sqrt(-1))
except ValueError as err:
    print("ValueError:", err)
import math
print(sqrt is math.sqrt, pi == math.pi, math.__name__)
def area(r):
    return pi * r ** 2
print(area(2), floor(area(10)))
