# Loop nests copied whole by the speculative float copy (compiler/opt/spec_loop.c): the
# inner `range(...)` and `for row in rows` start inside the copy, `i + 1` is a C integer
# there, and each of them leaves for the generic loop when it cannot go on (bounds that
# are not small ints, an offset past the small ints, a sequence that is not a list or
# tuple, a row that stops being a float list, a zero divisor).
import math


def pairs(rows, dt, n):
    for i in range(n):
        b = rows[i]
        for j in range(i + 1, n):
            b2 = rows[j]
            dx = b[0] - b2[0]
            mag = dt / (dx * dx + 1.0)
            b[1] -= dx * mag
            b2[1] += dx * mag
    for r in rows:
        r[0] += dt * r[1]
    return rows


def steps(rows, dt, count):
    for _ in range(count):
        pairs(rows, dt, len(rows))
        for i in range(len(rows)):
            b = rows[i]
            for j in range(i - 1, len(rows)):
                b2 = rows[j]
                b[1] += 0.001 * (b2[0] - b[0])
    return rows


def energy(rows):
    e = 0.0
    for i in range(len(rows)):
        b = rows[i]
        e += 0.5 * b[1] * b[1]
        for j in range(i + 1, len(rows)):
            b2 = rows[j]
            d = b[0] - b2[0]
            e -= 1.0 / math.sqrt(d * d + 0.25)
    return e


def grid(rows, width):
    total = 0.0
    for r in rows:
        for k in range(width):
            total += r[0] * k + r[1]
        for k in range(2, width, 1):
            total -= r[1] / k
    return total


def fresh(n=4):
    return [[float(k) * 1.5, float(k) / 4.0] for k in range(n)]


def show(label, rows):
    print(label, [[round(x, 9) for x in r] for r in rows])


show("pairs", pairs(fresh(), 0.01, 4))
show("steps", steps(fresh(5), 0.01, 20))
print("energy", round(energy(fresh(6)), 9))
print("grid", grid(fresh(3), 5))
print("empty", energy([]), grid([], 3), grid(fresh(2), 0))
show("bool bound", pairs(fresh(), 0.01, True))  # range(0 + 1, True): not small ints
rows = fresh()
rows[2] = [2.0, 1]  # an int in a row: that row is not a float list
show("mixed row", steps(rows, 0.01, 3))
rows = fresh()
rows[3] = (3.0, 0.5)  # a tuple row cannot be stored into
try:
    steps(rows, 0.01, 2)
except TypeError as exc:
    print("TypeError:", exc)
print("tuple rows", grid(tuple(fresh(3)), 4))
print("generator rows", grid((r for r in fresh(3)), 4))


class Rows(list):
    pass


print("list subclass", grid(Rows(fresh(3)), 4))


def offset_edge(rows, base, top, end, dt):
    for i in range(base, top):
        for j in range(i + 3, end):  # near the largest small int, i + 3 is not one
            b = rows[0]
            b[0] += 0.5 * dt
    return rows


print("offsets", offset_edge(fresh(), 0, 4, 6, 0.5), offset_edge(fresh(), 2**62 - 5, 2**62 - 1, 2**62 - 1, 0.5))
print("big", offset_edge(fresh(), 2**64, 2**64 + 3, 2**64 + 5, 0.25), offset_edge(fresh(), -3, 2, 2, 1.0))
zero = [[1.0, 0.0], [1.0, 0.0]]
try:
    pairs(zero, 0.01, 2)
    print("no error", zero)
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)


def divide(rows):
    for i in range(len(rows)):
        b = rows[i]
        for j in range(i + 1, len(rows)):
            b2 = rows[j]
            b[1] = b[1] / (b[0] - b2[0])
    return rows


show("divide", divide(fresh(3)))
try:
    divide([[1.0, 1.0], [2.0, 1.0], [2.0, 3.0]])
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
