def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
def lcm(a, b):
    return a * b // gcd(a, b)
pairs = [(12, 18), (17, 5), (0, 9), (-24, 36), (2 ** 64, 2 ** 40 * 3), (123456789, 987654321)]
for a, b in pairs:
    g, x, y = egcd(a, b)
    print(a, b, gcd(a, b), (g, x, y), a * x + b * y == g)
print(lcm(4, 6), lcm(21, 6), lcm(2 ** 10, 3 ** 5))
def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError("%d has no inverse mod %d" % (a, m))
    return x % m
print(modinv(3, 11), modinv(10, 17), modinv(7, 10 ** 9 + 7))
try:
    modinv(6, 9)
except ValueError as e:
    print("ValueError:", e)
from_list = 0
for v in [48, 180, 600, 1200]:
    from_list = gcd(from_list, v)
print(from_list)
