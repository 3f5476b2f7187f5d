def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits
d = pi_digits(120)
s = "%d." % d[0] + "".join([str(v) for v in d[1:]])
print(s)
for i in range(1, len(s), 40):
    print(s[i:i + 40])
counts = {}
for v in d:
    counts[v] = counts.get(v, 0) + 1
print(sorted(counts.items()))
def e_digits(n):
    scale = 10 ** (n + 5)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[:n]
print("e =", e_digits(60)[0] + "." + e_digits(60)[1:])
def sqrt2_digits(n):
    x = 2 * 10 ** (2 * n)
    lo, hi = 0, x
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= x:
            lo = mid
        else:
            hi = mid - 1
    return str(lo)
r = sqrt2_digits(50)
print("sqrt2 =", r[0] + "." + r[1:])
