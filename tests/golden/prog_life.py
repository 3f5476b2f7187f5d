def parse(pattern):
    return {(r, c) for r, line in enumerate(pattern.strip().split("\n")) for c, ch in enumerate(line) if ch == "#"}

def neighbours(cell):
    r, c = cell
    return [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]

def step(live, rows, cols, wrap=True):
    counts = {}
    for cell in live:
        for n in neighbours(cell):
            if wrap:
                n = (n[0] % rows, n[1] % cols)
            elif not (0 <= n[0] < rows and 0 <= n[1] < cols):
                continue
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in live)}

def render(live, rows, cols):
    return "\n".join(["".join(["#" if (r, c) in live else "." for c in range(cols)]) for r in range(rows)])

glider = parse("""
.#.
..#
###
""")
rows, cols = 8, 10
live = glider
for gen in range(5):
    print("generation", gen, "population", len(live))
    print(render(live, rows, cols))
    live = step(live, rows, cols)
blinker = parse("###")
b = {(r + 2, c + 1) for r, c in blinker}
seen = []
for i in range(4):
    seen.append(sorted(b))
    b = step(b, 5, 5, wrap=False)
print("blinker period 2:", seen[0] == seen[2], seen[1] == seen[3], seen[0] != seen[1])
live = glider
for _ in range(4 * rows * cols // 2):
    live = step(live, rows, cols)
print(render(live, rows, cols))
rpent = parse("""
.##
##.
.#.
""")
live = {(r + 10, c + 10) for r, c in rpent}
history = []
for i in range(30):
    history.append(len(live))
    live = step(live, 24, 24)
print(history)
