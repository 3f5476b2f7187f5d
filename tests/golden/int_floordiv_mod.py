vals = [7, -7, 13, -13, 0, 1, -1, 100]
divs = [3, -3, 1, -1, 7, -7, 2]
for a in vals:
    row = []
    for b in divs:
        row.append("%d//%d=%d %d%%%d=%d" % (a, b, a // b, a, b, a % b))
    print(" | ".join(row))
for a in vals:
    for b in [3, -3]:
        q, r = divmod(a, b)
        assert q * b + r == a
        print(a, b, (q, r), divmod(a, b) == (a // b, a % b))
print(-1 // 2, -1 % 2, 1 // -2, 1 % -2)
print(-(10 ** 20) // 3, -(10 ** 20) % 3)
