def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(search(m, 6), search(m, 10))
found = False
for r in m:
    for v in r:
        if v % 4 == 0:
            found = True
            break
    if found:
        break
print(found, r, v)
out = []
for i in range(5):
    if i == 1:
        continue
    j = 0
    while True:
        j += 1
        if j > i:
            break
        if j % 2 == 0:
            continue
        out.append((i, j))
print(out)
n = 0
while n < 10:
    n += 1
    try:
        if n % 3 == 0:
            continue
        if n == 8:
            break
    finally:
        out.append(n)
print(out[-8:])
