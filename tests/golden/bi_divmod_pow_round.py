for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (10 ** 20 + 3, 10 ** 10)]:
    print(a, b, divmod(a, b))
print(pow(3, 200) % 1000, pow(3, 200, 1000), pow(-2, 5), pow(2, -3), pow(1.5, 2), pow(4, 0.5), pow(0, 0), pow(0.0, 0))
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 1.25, 1.35, 2.675, 123.456, -123.456]:
    print(v, round(v), round(v, 1), round(v, -1), round(v, 2))
print(round(10 ** 20 + 0.5), round(123, -1), round(125, -1), round(135, -1), round(-125, -1))
print(type(round(1.5)).__name__, type(round(1.5, 1)).__name__, type(round(5, 1)).__name__)
print(divmod(0, 5), divmod(-1, 5), divmod(1, -5), divmod(0.0, 1))
print(pow(7, 2, 5), pow(7, -1, 5), round(-0.0), round(1e-9, 5))
print(abs(divmod(-9, 4)[1]), sum(divmod(17, 5)))
