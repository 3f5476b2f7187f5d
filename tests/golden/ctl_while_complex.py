def gcd_steps(a, b):
    steps = 0
    while b:
        a, b = b, a % b
        steps += 1
    return a, steps
print([gcd_steps(a, b) for a, b in [(48, 18), (1071, 462), (17, 5), (89, 55)]])
def isqrt_newton(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print([isqrt_newton(n) for n in [0, 1, 15, 16, 17, 10 ** 20, 2 ** 101]])
def binary_search(xs, t):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < t:
            lo = mid + 1
        else:
            hi = mid
    return lo
xs = list(range(0, 100, 7))
print([binary_search(xs, t) for t in [-1, 0, 7, 8, 98, 99, 200]])
balance, years = 1000.0, 0
while balance < 2000:
    balance *= 1.07
    years += 1
print(years, round(balance, 2))
