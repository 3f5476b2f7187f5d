# Lists a speculative float loop tests once (opt/spec_lists.c): a row from before the
# loop is tested when the copy is entered, a row the copy reads (`b2 = rows[j]`) where
# it reads it; later accesses use the storage the test found.  Between entries the
# generic code may grow, shorten, make generic or replace the rows: each entry tests
# them again.  Item identity after stores, tuples of rows, rows that are tuples or
# hold ints, negative indices, a list holding itself, errors with their tracebacks.
import math

def step(rows, dt):
    n = len(rows)
    for i in range(n):
        b = rows[i]
        for j in range(i + 1, n):
            b2 = rows[j]
            dx = b[0] - b2[0]
            dy = b[1] - b2[1]
            d = math.sqrt(dx * dx + dy * dy) + 1.0
            b[2] -= dx * b2[3] * dt / d
            b2[2] += dy * b[3] * dt / d

def show(rows):
    return [[round(x, 9) if isinstance(x, float) else x for x in r] for r in rows]

def rows4():
    return [[0.0, 0.0, 0.5, 2.0], [1.0, 2.0, -0.5, 1.0], [3.0, -1.0, 0.25, 0.5], [-2.0, 4.0, 0.0, 3.0]]

def run(label, rows, dt=0.01):
    try:
        step(rows, dt)
        print(label, show(rows))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

run("floats", rows4())
run("tuple of rows", tuple(rows4()))
r = rows4()
r[3] = (-2.0, 4.0, 0.0, 3.0)
run("tuple row", r)
r = rows4()
r[1][0] = 1
run("int item", r)
r = rows4()
r[2].append(9.0)
run("longer row", r)
r = rows4()
del r[0][3]
run("short first row", r)
r = rows4()
del r[3][3]
run("short last row", r)
run("float rows", [1.0, 2.0, 3.0])
selfish = rows4()
selfish.append(selfish)
run("holds itself", selfish)

# identity: an item never stored keeps its object, a stored one is a new float
r = rows4()
kept, replaced = r[0][0], r[0][2]
step(r, 0.01)
print("identity", r[0][0] is kept, r[0][2] is replaced, r[0][2] == replaced)

# the rows change between entries of the inner loop's copy: grown (new storage),
# made generic, replaced by another list, shortened
def changing(rows, dt):
    n = len(rows)
    for i in range(n):
        b = rows[i]
        if i == 1:
            for k in range(20):
                b.append(float(k))
        if i == 2:
            rows[3][1] = "s" if dt > 1 else 7
        for j in range(i + 1, n):
            b2 = rows[j]
            b[0] += b2[1] * dt
            b2[1] -= b[0] * dt
        if i == 0:
            rows[2] = [5.0, 6.0]
    return show(rows)

for dt in (0.5, 2.0):
    try:
        print("changing", dt, changing(rows4(), dt))
    except Exception as e:
        print("changing", dt, type(e).__name__ + ":", e)

def negative(rows):
    total = 0.0
    for j in range(len(rows)):
        row = rows[j]
        total += row[-1] * row[0]
        row[-2] = total
    return total, show(rows)

print("negative", negative(rows4()))
print("negative short", end=" ")
try:
    print(negative([[1.0, 2.0], [3.0]]))
except IndexError as e:
    print(type(e).__name__, e)

def uncaught_short(rows):
    b = rows[0]
    for j in range(1, len(rows)):
        b2 = rows[j]
        b[0] += b2[5] * 0.5

uncaught_short([[1.0] * 6, [2.0] * 6, [3.0] * 5])
