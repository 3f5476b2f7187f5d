# ir: spec_loop spec_lists
# The lists a speculative copy tests once: rows from before the loop at its entry (a
# float row read at constant indices, the sequence of rows read at the range index),
# a row the copy reads where it reads it; a row also read at a negative index keeps
# its test per access.
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

def mixed(rows):
    for j in range(len(rows)):
        r = rows[j]
        r[0] = r[-1] * 2.0 + r[1]

rows = [[1.0, 0.0], [2.0, 0.0], [4.0, 0.0]]
pairs(rows, 0.5)
mixed(rows)
print(rows)
