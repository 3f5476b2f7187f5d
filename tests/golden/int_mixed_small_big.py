# Ints at and across the boundary of the machine-word fast paths: negation, shifts,
# divmod, comparisons, bit counts, hashes (as equalities: the modulus is the word's)
# and str of values on either side of 2**62 and 2**63 (both signs), and bools.
import sys

edges = [0, 1, -1, 2**30, -2**30, 2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**63 - 1, 2**63,
         -2**63, -2**63 - 1, 2**64, -2**64, 10**19, -10**19, 10**40 + 7, -(10**40) - 7, True, False]

for a in edges:
    print(repr(a), -a, abs(a), ~a, a.bit_length(), a.bit_count(), hash(a) == hash(int(str(int(a)))),
          float(a) != a or hash(a) == hash(float(a)))
    print(a << 1, a >> 1, a << 63, a >> 63, a << 0, (a << 70) >> 70 == a)
    print(type(-a).__name__, -(-a) == a, sys.getsizeof(a) > 0)

for a in edges:
    for b in edges:
        if b:
            q, r = divmod(a, b)
            assert q == a // b and r == a % b, (a, b)
            assert q * b + r == a
            print(q, r, end=' ')
        print(a < b, a == b, a >= b, a + b, a - b, a * b, a & b, a | b, a ^ b)

print(divmod(10**30, 7), divmod(-10**30, 7), divmod(10**30, -7), divmod(7, 10**30), divmod(-7, 10**30))
print(divmod(True, 2**70), divmod(2**70, True))
print(2**62 > 2.0**62, 2**62 == 2.0**62, -2**63 == -2.0**63, 10**40 < 1e40, 10**40 > 1e39)
print(-(-(2**62)), -(2**62) + 1, -(-2**62 - 1))
try:
    divmod(10**30, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(divmod(10**30, 3.5))
