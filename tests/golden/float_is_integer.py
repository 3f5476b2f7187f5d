for v in [1.0, 1.5, -3.0, 0.0, -0.0, 1e300, 1e-300, float("inf"), float("nan"), 2.0 ** 60 + 1]:
    print(v, v.is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio())
print((3.7).real, (3.7).imag, (3.7).conjugate())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print(int(1e300) == 10 ** 300, int(1e300) - 10 ** 300 != 0)
print(float.__name__, isinstance(1.0, float), isinstance(1, float))
