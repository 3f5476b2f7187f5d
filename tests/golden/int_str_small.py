# str/repr/format of ints at the tagged-small boundaries and around zero (digit loop without printf)
vals = [0, 1, -1, 9, 10, -10, 123456789, -987654321, 2**62 - 1, -2**62, 2**62, -2**62 - 1, 4611686018427387903, -4611686018427387904, 2**63, 10**30]
print([str(v) for v in vals], [repr(v) for v in vals], f"{vals[3]}{vals[5]}", "%d" % -42)
print(sum(len(str(i)) for i in range(-100000, 100000, 7)))
