# complex ** (integral exponents by repeated squaring, others through polar form) and
# complex division by Smith's algorithm, with their zero-division errors.
vals = [1j, 2 + 3j, -1.5 + 0.5j, 0j, 1 + 0j, 1e200 + 1e200j, -2j]
for a in vals:
    row = []
    for b in (0, 1, 2, 3, -1, -2, 0.5, 2.5, 1j, 1 + 1j, 100, -3.0):
        try:
            row.append(repr(a ** b))
        except (ZeroDivisionError, OverflowError) as e:
            row.append(type(e).__name__)
    print(a, " ".join(row))
for a, b in [(1 + 2j, 3 - 4j), (1e300 + 1e300j, 1e300 + 1e300j), (1, 2j), (3j, 2), (1 + 1j, 1e-320j), (5, 0j)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
print(2 ** (1 + 1j), 0 ** (2 + 0j), pow(1j, 2), (1j) ** 0.0)
try:
    pow(1j, 2, 3)
except (ValueError, TypeError) as e:
    print(type(e).__name__)
