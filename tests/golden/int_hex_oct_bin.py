for n in [0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 2 ** 40, -(2 ** 70)]:
    print(n, hex(n), oct(n), bin(n))
print(0x1F, 0o17, 0b101, 0XAB, 0O7, 0B11, 1_000, 0x_ff)
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "o"), format(5, "b"))
print(format(255, "08b"), format(-255, "#010x"), format(10, "#o"), format(10, "#b"))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    bin("3")
except TypeError as e:
    print("TypeError:", e)
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
