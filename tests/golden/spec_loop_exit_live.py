# A speculative copy leaves mid-iteration and stores only the doubles the generic body
# still reads (opt/spec_loop.c's liveness): rows whose items change type part way
# through a loop (an int stored into a float list, a str, a float subclass), so each
# side exit of the pair loop is taken once, and the values computed before it must
# reach the generic body intact.  The other side of an unboxed read or store (a list
# that is not a float list) runs out of line.
import math

class F(float):
    def __sub__(self, other):
        return F(float(self) - float(other) + 0.5)

def step(rows, dt, n):
    for i in range(n):
        a = rows[i]
        for j in range(i + 1, n):
            b = rows[j]
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            d2 = dx * dx + dy * dy + 1.0
            mag = dt / (d2 * math.sqrt(d2))
            a[2] -= dx * mag * b[3]
            b[2] += dx * mag * a[3]
            a[4] = dy * mag
    return rows

def fresh():
    return [[float(k), float(k * k % 7), 0.0, 1.0 + k, 0.0] for k in range(5)]

rows = fresh()
for t in range(3):
    step(rows, 0.01, 5)
print([[round(x, 12) for x in r] for r in rows])

for where in range(5):  # an int item in each position of row 2
    rows = fresh()
    rows[2][where] = 3
    step(rows, 0.01, 5)
    print(where, [[round(x, 12) for x in r] for r in rows])

rows = fresh()
rows[3][1] = F(2.0)
step(rows, 0.01, 5)
print([[round(x, 12) if isinstance(x, float) else x for x in r] for r in rows])

rows = fresh()
rows[4][3] = "heavy"
try:
    step(rows, 0.01, 5)
except TypeError as e:
    print("TypeError:", e)
print([[round(x, 12) for x in r] if all(isinstance(x, float) for x in r) else r for r in rows])

rows = fresh()
rows[1] = (0.5, 1.5, 0.0, 2.0, 0.0)
try:
    step(rows, 0.01, 5)
except TypeError as e:
    print("TypeError:", e)
step(rows, 0.01, 5)
