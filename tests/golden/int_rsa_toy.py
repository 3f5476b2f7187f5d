p, q = 1000000007, 998244353
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
print(n, phi, d, (e * d) % phi)
messages = [42, 123456789, 10 ** 17, n - 1]
for m in messages:
    c = pow(m, e, n)
    back = pow(c, d, n)
    print(m, c, back == m)
def miller_rabin(n):
    if n < 2:
        return False
    for sp in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if n % sp == 0:
            return n == sp
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([k for k in range(100) if miller_rabin(k)])
print(miller_rabin(p), miller_rabin(q), miller_rabin(n), miller_rabin(2 ** 127 - 1), miller_rabin(2 ** 128 + 1))
