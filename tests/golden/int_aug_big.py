x = 1
for i in range(1, 40):
    x *= i
    x += i
    x -= 1
print(x)
y = 2 ** 200
y //= 3 ** 50
print(y)
y %= 10 ** 12
print(y)
y <<= 100
print(y)
y >>= 90
print(y)
y |= 2 ** 80
y &= (2 ** 81 - 1)
y ^= 12345
print(y, y.bit_length())
y **= 3
print(y)
z = -(10 ** 25)
z //= 7
print(z, -(10 ** 25) % 7)
acc = 0
for k in range(100):
    acc += (-1) ** k * 10 ** k
print(acc)
print(int("1" * 50) * int("9" * 50))
