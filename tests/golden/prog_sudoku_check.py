GRID = """
534678912
672195348
198342567
859761423
426853791
713924856
961537284
287419635
345286179
"""
def parse(text):
    return [[int(c) for c in line] for line in text.strip().splitlines()]
def problems(g):
    out = []
    want = set(range(1, 10))
    for i in range(9):
        row = g[i]
        col = [g[r][i] for r in range(9)]
        if set(row) != want:
            out.append("row %d" % (i + 1))
        if set(col) != want:
            out.append("col %d" % (i + 1))
    for br in range(3):
        for bc in range(3):
            box = [g[r][c] for r in range(br * 3, br * 3 + 3) for c in range(bc * 3, bc * 3 + 3)]
            if set(box) != want:
                out.append("box %d,%d" % (br + 1, bc + 1))
    return out
g = parse(GRID)
print(problems(g) or "valid")
g[0][0], g[0][1] = g[0][1], g[0][0]
print(problems(g))
g = parse(GRID)
g[4][4] = 1
print(problems(g))
def show(g):
    for r in range(9):
        if r % 3 == 0:
            print("+-------+-------+-------+")
        print("| " + " | ".join([" ".join([str(v) for v in g[r][c:c + 3]]) for c in (0, 3, 6)]) + " |")
    print("+-------+-------+-------+")
show(parse(GRID))
print(sum([sum(r) for r in parse(GRID)]), [parse(GRID)[i][i] for i in range(9)])
