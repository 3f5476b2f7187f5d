import math
print(math.sqrt(0), math.sqrt(0.25))
print(math.isqrt(15))
def solve(a, b, c):
    d = b * b - 4 * a * c
    r = math.sqrt(d)
    return (-b + r) / (2 * a), (-b - r) / (2 * a)
print(solve(1, -3, 2))
print(solve(1, 0, -4))
print(solve(1, 0, 4))
