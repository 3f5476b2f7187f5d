rows, cols = 4, 5
grid = [[r * cols + c for c in range(cols)] for r in range(rows)]
for row in grid:
    print(" ".join(["%2d" % v for v in row]))
print([grid[r][2] for r in range(rows)], grid[-1][-1], grid[1][1:4])
transposed = [list(col) for col in zip(*grid)]
print(len(transposed), len(transposed[0]), transposed[0])
rotated = [list(r) for r in zip(*grid[::-1])]
print(rotated[0], rotated[-1])
diag = [grid[i][i] for i in range(min(rows, cols))]
print(diag, sum(diag))
grid[2][3] = -1
print([r for r in grid if -1 in r], [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] < 0])
flat = [v for row in grid for v in row]
print(len(flat), flat[:7], max(flat), flat.index(-1))
bad = [[0] * 3] * 3
bad[0][0] = 9
good = [[0] * 3 for _ in range(3)]
good[0][0] = 9
print(bad, good)
spiral, top, left, bottom, right = [], 0, 0, rows - 1, cols - 1
while top <= bottom and left <= right:
    spiral += [grid[top][c] for c in range(left, right + 1)]
    spiral += [grid[r][right] for r in range(top + 1, bottom + 1)]
    if top < bottom:
        spiral += [grid[bottom][c] for c in range(right - 1, left - 1, -1)]
    if left < right:
        spiral += [grid[r][left] for r in range(bottom - 1, top, -1)]
    top, left, bottom, right = top + 1, left + 1, bottom - 1, right - 1
print(spiral)
