# int ** an exponent beyond 64 bits: 0, 1 and -1 have exact results.
i = 1 << 65
print(0 ** i, 1 ** i, (-1) ** i, (-1) ** (i + 1), i ** 0, i ** 1, i ** 2, 0 ** 0, pow(-1, 3**50))
print(True ** i, (-1) ** (-(1 << 70)), 0 ** (1 << 100) == 0)
