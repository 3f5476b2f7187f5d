a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 < b, c > b >= 2 > a)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 4 < 5)
print(a is a, a is not b, 5 in [1, 5], 5 not in [1, 5])
def noisy(x):
    print("eval", x)
    return x
print(noisy(1) < noisy(2) < noisy(0) < noisy(10))
print(noisy(5) > noisy(6) > noisy(7))
xs = [10 ** 20, 10 ** 20 + 1, -(10 ** 20)]
print(xs[0] < xs[1], xs[2] < xs[0], xs[0] == 10 ** 20, xs[0] != xs[1])
print(sorted(xs), max(xs), min(xs))
try:
    print(1 < "2")
except TypeError as e:
    print("TypeError:", e)
try:
    print(None > 0)
except TypeError as e:
    print("TypeError:", e)
print(1 == "1", 1 != "1", None == 0)
