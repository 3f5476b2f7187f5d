print(0.1 + 0.2, 0.1 * 3, 1.1 + 2.2, 3.3 - 1.1, 1 - 0.9, 0.7 * 100)
print(1e308 + 1e308, -1e308 * 10, 1e-320 / 10, 1e-324)
inf = float("inf"); nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, nan + 1)
print(nan == nan, nan != nan, nan < 1, inf > 1e308, -inf < -1e308, inf == inf)
print(nan is nan, [nan] == [nan], (nan,) == (nan,))
print(max(1.0, nan), min(nan, 1.0), sorted([3.0, 1.0, 2.0]))
print(abs(-2.5), abs(-0.0), -(0.0), 0.0 * -1, 2.0 ** 10, 2.0 ** -1, 4 ** 0.5, 8 ** (1 / 3))
print(1.0 / 3 * 3 == 1.0, 0.1 + 0.7, sum([0.1] * 10), 0.1 * 10)
x = 1.0
for i in range(10):
    x = x * 1.1
print(x)
x = 1.5
x += 2; x *= 3; x /= 2; x -= 0.25; x //= 2; x **= 2
print(x)
print(float(3) == 3, 3.0 != 3, (2.5).__add__(1), (2.5).__rsub__(1))
