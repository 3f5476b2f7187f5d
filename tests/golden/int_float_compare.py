print(1 == 1.0, 1 != 1.0, 2 < 2.5, 3 > 2.9999, -1 <= -1.0, 0 == -0.0)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(1 < float("nan"), 1 > float("nan"), 1 == float("nan"), 1 != float("nan"))
print(max(1, 2.0, 1.5), min(3, 2.5, 4), max(2, 2.0), max(2.0, 2))
print(sorted([3, 1.5, 2, -0.5, 0, True]))
print(1 + 1.0, 3 * 0.5, 7 / 2, 7 // 2.0, 7 % 2.5, -7 // 2.0, -7 % 2.5)
print(type(1 + 1.0).__name__, type(2 * True).__name__, type(True + 0.0).__name__)
print(hash(1) == hash(1.0), hash(0) == hash(-0.0), hash(2 ** 70) == hash(float(2 ** 70)))
d = {1: "a"}
d[1.0] = "b"
d[True] = "c"
print(d)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(int(2.5) == 2, float(7) == 7, 7 == 7.000000000000001)
