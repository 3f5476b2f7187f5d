pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (5.0, 0.3), (-0.0, 3), (0.0, -3),
         (1e20, 3.0), (3, 7.0), (-3, 7.0), (float("inf"), 2.0), (2.0, float("inf")), (-2.0, float("inf"))]
for a, b in pairs:
    print(a, b, a % b, a // b, divmod(a, b))
print(10 % 3.5, -10 % 3.5, 10.0 // 3, -10.0 // 3)
print(0.1 * 3 % 0.1)
print(math_free := 2.5 % 1, math_free)
print(-1e-20 % 1.0, 1e-20 % -1.0, 5.5 % -2, -5.5 % 2)
print(7.0 % 7, -7.0 % 7, 0.3 % 0.1)
print(divmod(-0.5, 1), divmod(10.25, 0.5))
