# Speculative float loops that read and write float lists (opt/spec_loop.c): the copy
# reads a plain list's item (`b2 = bodies[j]`), the doubles of float-strategy lists,
# stores doubles back and calls math.sqrt on a double; whatever it cannot do leaves for
# the generic body at that instruction: lists of ints or mixed items, tuples, dicts,
# list subclasses, short lists, aliasing, a negative sqrt, a replaced math.sqrt.
import math

def pairs(bodies, dt):
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        for j in range(i + 1, n):
            b2 = bodies[j]
            dx = b[0] - b2[0]
            dy = b[1] - b2[1]
            d2 = dx * dx + dy * dy
            mag = dt / (d2 * math.sqrt(d2))
            b[2] -= dx * b2[3] * mag
            b2[2] += dy * b[3] * mag
    return [round(x, 9) if isinstance(x, float) else x for body in bodies for x in body]

def fresh():
    return [[0.0, 0.0, 0.5, 2.0], [1.0, 2.0, -0.5, 1.0], [3.0, -1.0, 0.25, 0.5], [-2.0, 4.0, 0.0, 3.0]]

def run(label, bodies, dt=0.01):
    try:
        print(label, pairs(bodies, dt))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

run("floats", fresh())
run("int dt", fresh(), 1)
mixed = fresh()
mixed[2] = [3, -1, 0, 1]
run("ints", mixed)
with_str = fresh()
with_str[1][3] = "x"
run("str", with_str)
as_tuples = fresh()
as_tuples[3] = tuple(as_tuples[3])
run("tuple", as_tuples)
run("dict", {0: [0.0, 0.0, 0.5, 2.0], 1: [1.0, 2.0, -0.5, 1.0]})

class Row(list):
    def __getitem__(self, k):
        return list.__getitem__(self, k) * 2
run("subclass", [Row(r) for r in fresh()])
short = fresh()
short[2] = [3.0, -1.0, 0.25]
run("short", short)
same = fresh()
same[1] = same[0]
run("aliased", same)
run("zero distance", [[1.0, 1.0, 0.0, 1.0], [1.0, 1.0, 0.0, 1.0]])
ends = fresh()
ends[0][0] = float("nan")
ends[1][1] = float("inf")
run("nan inf", ends)
real = math.sqrt
math.sqrt = lambda x: -1.0 if x > 10 else real(x)
run("patched sqrt", fresh())
math.sqrt = real

def negative_roots(xs):
    for i in range(len(xs)):
        xs[i] = math.sqrt(xs[i] - 1.0)
    return xs

try:
    negative_roots([5.0, 2.0, 0.5, 9.0])
except ValueError as e:
    print("ValueError:", e)

def last_items(rows):
    total = 0.0
    for k in range(len(rows)):
        r = rows[k]
        total += r[-1] * r[-2]
    return total

print(last_items(fresh()), last_items([(1.0, 2.0), [3.0, 4.0]]))
pairs([[0.0, 0.0, 0.0, 1.0], [1.0, 0.0, 0.0]], 0.1)
