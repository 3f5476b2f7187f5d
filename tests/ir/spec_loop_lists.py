# ir: str_accum spec_loop
# A float loop that reads a plain list's item at a range index, reads and writes the
# doubles of float lists and calls math.sqrt on a double gets a speculative copy (the
# header shows its blocks), with the loop around it when the copy can run that too (its
# `range(i + 1, n)` starts in the copy); one that also appends to a list (a call) does not.
import math

def pairs(rows, dt):
    n = len(rows)
    for i in range(n):
        b = rows[i]
        for j in range(i + 1, n):
            b2 = rows[j]
            dx = b[0] - b2[0]
            mag = dt / (dx * math.sqrt(dx * dx))
            b[1] -= dx * mag
            b2[1] += dx * mag

def logged(rows, out):
    for j in range(len(rows)):
        r = rows[j]
        out.append(0)
        r[1] = r[0] * 2.0

rows = [[1.0, 0.0], [2.0, 0.0], [4.0, 0.0]]
pairs(rows, 0.5)
logged(rows, [])
print(rows)
