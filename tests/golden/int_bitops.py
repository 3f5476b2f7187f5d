a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~b, ~0, ~-1)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10, -12 | -10, -12 ^ -10)
print(1 << 0, 1 << 10, 1 << 100, 5 << 3)
print(1024 >> 3, 1023 >> 3, -1024 >> 3, -1 >> 10, -7 >> 1, 7 >> 100)
print((1 << 200) >> 199, -(1 << 200) >> 198)
print((2 ** 100 - 1) & 0xFFFF, (2 ** 100) | 1, (2 ** 100) ^ (2 ** 100 + 5))
print(~(2 ** 70))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -2
except ValueError as e:
    print("ValueError:", e)
for n in [0, 1, 2, 255, 256, -1, -255, 2 ** 64]:
    print(n, n.bit_length(), bin(n).count("1"))
print(int.bit_count(255), (10).bit_count(), (-7).bit_count())
print(True & False, True | False, True ^ True, ~True, True << 3)
