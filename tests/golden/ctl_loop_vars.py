for i in range(3):
    pass
print(i)
for i in []:
    pass
print(i)
funcs = []
for i in range(3):
    def f(i=i):
        return i
    funcs.append(f)
print([g() for g in funcs])
acc = []
for i in range(3):
    i = i * 10
    acc.append(i)
print(acc)
seq = [1, 2, 3]
for x in seq:
    if x == 1:
        seq.append(4)
print(seq)
for idx, (a, b) in enumerate(zip("abc", range(3)), start=10):
    print(idx, a, b)
for k in {"z": 1, "a": 2}:
    print(k)
for row in [[1, 2], [3, 4]]:
    for v in row:
        print(v, end=" ")
print()
n = 0
for n in range(5, 0, -2):
    print(n, end=" ")
print(n)
