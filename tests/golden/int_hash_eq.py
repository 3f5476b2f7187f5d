print(hash(0) == hash(0.0) == hash(False), hash(1) == hash(True) == hash(1.0))
print(hash(-1) == hash(-2), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(10 ** 30) == hash(10 ** 30), hash(10 ** 30) == hash(float(10 ** 30)) or "float rounds")
for n in [0, 1, 7, 2 ** 31, 2 ** 62, -5]:
    print(n, hash(n) == n, {n: "v"}[n], n in {n}, n in {n + 0.0})
s = {1, 1.0, True}
print(len(s), s)
d = {0: "zero"}
d[0.0] = "float zero"
d[False] = "false"
print(d, len(d))
print(hash((1, 2)) == hash((1.0, 2.0)), {(1, 2): "t"}[(1.0, 2.0)], hash(frozenset({1, 2})) == hash(frozenset({2.0, 1.0})))
print(1 == 1.0 == True, 2 ** 53 == 2.0 ** 53, (2 ** 53 + 1) == float(2 ** 53 + 1))
