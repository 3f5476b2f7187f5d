def digits(n, base=10):
    if n == 0:
        return [0]
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(r)
    return out[::-1]
def to_base(n, base):
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    sign = "-" if n < 0 else ""
    return sign + "".join([chars[d] for d in digits(abs(n), base)])
for n in [0, 7, 255, 1000, -255, 2 ** 70]:
    print(n, to_base(n, 2), to_base(n, 7), to_base(n, 16), to_base(n, 36))
print(all(int(to_base(n, b), b) == n for n in [0, 1, 99, 12345, 2 ** 100] for b in [2, 3, 16, 36]))
print(sum(digits(2 ** 1000)), digits(9876543210)[::-1])
def digital_root(n):
    while n >= 10:
        n = sum(digits(n))
    return n
print([digital_root(n) for n in [0, 9, 38, 123456789, 2 ** 200]])
def is_armstrong(n):
    ds = digits(n)
    return sum([d ** len(ds) for d in ds]) == n
print([n for n in range(1, 10000) if is_armstrong(n)])
print(int("".join(reversed(str(1234567890)))), str(2 ** 64)[::-1])
