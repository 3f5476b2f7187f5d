for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005]:
    print(v, round(v), round(v, 2), round(v, 1))
print(round(3.14159, 3), round(3.14159, 0), round(1234.5678, -2), round(-1234.5678, -1))
print(round(2.5, 0), round(1e20, 2), round(0.125, 2), round(0.375, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(5e-324, 400), round(123.456, 1), round(-0.0), round(-0.4))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 2))
