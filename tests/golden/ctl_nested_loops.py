for i in range(1, 4):
    row = []
    for j in range(1, 4):
        row.append(i * j)
    print(row)
found = None
for i in range(10):
    for j in range(10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print(found)
count = 0
for i in range(5):
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2:
            continue
        count += 1
print(count)
board = [["." for _ in range(4)] for _ in range(4)]
for r in range(4):
    for c in range(4):
        if r == c or r + c == 3:
            board[r][c] = "X"
print("\n".join(["".join(row) for row in board]))
out = []
i = 0
while i < 3:
    for ch in "ab":
        out.append("%d%s" % (i, ch))
    i += 1
print(out)
