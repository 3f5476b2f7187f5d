print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(0, 0))
print(pow(3, 4, 5), pow(2, 100, 1000000007), pow(7, 0, 13), pow(5, 3, 1))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(123456789, 987654321, 10 ** 9 + 7))
print(pow(3, -1, 7), pow(2, -1, 9), pow(10, -2, 17))
print(pow(2, 10 ** 6, 97))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
print(2 ** -2, (-8) ** 2, 10 ** 0, 0 ** 5)
print(pow(2, 0.5) == 2 ** 0.5, type(pow(2, -1)).__name__)
print((-2) ** 63, (-2) ** 64)
