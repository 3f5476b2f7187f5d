print(int("42"), int("-42"), int("+42"), int("  42  "), int("1_000_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("1010", 2), int("0b1010", 0))
print(int("z", 36), int("ZZ", 36), int("10", 36), int("-0x10", 16))
print(int("0", 0), int("00", 0), int("123", 0))
print(int(3.99), int(-3.99), int(True), int(False), int(1e20))
print(int("9" * 40) + 1)
print(int(" -0b11 ", 0), int("1" * 64, 2))
bad = [("", 10), ("abc", 10), ("12a", 10), ("0x", 16), ("8", 8), ("1.5", 10),
       ("1__0", 10), ("_1", 10), ("010", 0), ("2", 2), ("0b2", 0)]
for s, base in bad:
    try:
        int(s, base)
    except ValueError as e:
        print("ValueError:", e)
for base in [1, 37, -1]:
    try:
        int("1", base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
for v in [float("inf"), float("nan")]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
