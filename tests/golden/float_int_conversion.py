for v in [0.0, 0.5, 0.9999, 1.0, -0.5, -1.5, 2.5, 1e10, 1e18, 1e19, 123456789.987, -1e22]:
    print(v, int(v), round(v), int(round(v)), float(int(v)))
print(int(2.0 ** 63), int(-2.0 ** 63), int(2.0 ** 100), int(1e308) % 1000)
print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 63), float(-(2 ** 63)), float(10 ** 22), float(10 ** 23))
print(float(2 ** 1023), float(123456789012345678901234567890))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2 ** 1024 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399), 1 / (10 ** 300))
print(7 / 7, 2 ** 60 / 2 ** 30, (2 ** 60 + 1) / 1, 1 / 3 * 3)
print(int("10") / 4, 10 // 4.0, float(10 // 4), int(10 / 4))
