import math
print(math.comb(10**20, 2), math.perm(10**10, 2), math.comb(5, 10**20), math.perm(5, 10**20))
print(math.comb(10**30, 10**30 - 3), math.comb(52, 5), math.perm(6), math.perm(6, None), math.comb(0, 0))
print([math.comb(7, k) for k in range(9)], [math.perm(5, k) for k in range(7)])
print(math.comb(2**64 + 5, 3) % 1000003, math.perm(2**40, 3) % 999983)
for bad in [(-1, 2), (3, -2), (3.0, 1)]:
    try:
        math.comb(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    math.perm(-5)
except ValueError as e:
    print(e)
