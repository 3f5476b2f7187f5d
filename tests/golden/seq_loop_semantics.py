# `for x in seq` over a list or tuple walked by index (opt/seq_loop.c) must behave as
# the list iterator: the length read at every step (appends during the loop are seen,
# removals end it early), items of float lists keeping their identity, tuples, list
# subclasses with their own __iter__, other iterables and errors unchanged; loops
# whose body runs in a speculative copy (`for b in rows: b[0] += dt * b[1]`) leave it
# when a row is not a list of floats long enough.

def collect(seq):
    out = []
    for x in seq:
        out.append(x)
    return out

grow = [1, 2, 3]
seen = []
for x in grow:
    seen.append(x)
    if x < 4:
        grow.append(x + 3)
print("grow", seen, grow)

shrink = [1, 2, 3, 4, 5, 6]
seen = []
for x in shrink:
    seen.append(x)
    shrink.remove(x)
print("shrink", seen, shrink)

cleared = [1, 2, 3]
seen = []
for x in cleared:
    seen.append(x)
    cleared.clear()
print("cleared", seen, cleared)

floats = [0.5, 1.5, 2.5]
boxes = [x for x in floats]
again = collect(floats)
print("float identity", [a is b for a, b in zip(boxes, again)], floats[1] is again[1])
print("tuple", collect((1, "a", None)), collect(()))
print("str", collect("héllo"), "dict", collect({"k": 1, "j": 2}), "range", collect(range(3)))

class Rev(list):
    def __iter__(self):
        return iter(list(reversed(self)))
print("subclass", collect(Rev([1, 2, 3])))

class Tup(tuple):
    pass
print("tuple subclass", collect(Tup((4, 5))))

def gen():
    yield 1
    yield 2
print("generator", collect(gen()))

for bad in (5, None, 2.5):
    try:
        collect(bad)
    except TypeError as e:
        print("TypeError:", e)

class Boom:
    def __iter__(self):
        raise ValueError("no iter")
try:
    collect(Boom())
except ValueError as e:
    print("ValueError:", e)

def found(seq, want):
    for x in seq:
        if x == want:
            break
    else:
        return "not found"
    return "found " + repr(x)
print(found([3, 4, 5], 4), found((3, 4), 9), found([], 1))

pairs = []
same = [1, 2]
for a in same:
    for b in same:
        pairs.append((a, b))
print("nested", pairs)

def positions(rows, dt):
    for b in rows:
        b[0] += dt * b[3]
        b[1] += dt * b[4]
    return rows

def fresh():
    return [[0.0, 1.0, 0.0, 0.5, -0.5], [2.0, 3.0, 0.0, 1.0, 1.5], [4.0, 5.0, 0.0, -1.0, 0.25]]

def run(label, rows, dt=0.5):
    try:
        print(label, positions(rows, dt))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

run("rows", fresh())
run("tuple of rows", tuple(fresh()))
run("int dt", fresh(), 2)
r = fresh()
r[1][3] = 7
run("int item", r)
r = fresh()
r[2] = r[2][:3]
run("short row", r)
r = fresh()
r[0] = (0.0, 1.0, 0.0, 0.5, -0.5)
run("tuple row", r)
r = fresh()
r[1] = "abcde"
run("str row", r)
run("float list", [1.0, 2.0])
kept = fresh()
box = kept[0][3]
positions(kept, 0.25)
print("kept box", kept[0][3] is box, kept[0][0])

def append_while(rows):
    n = 0
    for b in rows:
        b[0] += 1.0
        n += 1
        if n < 3:
            rows.append([0.0, 0.0, 0.0, 0.0, 0.0])
    return n, rows
print("append while", append_while(fresh()))

def uncaught(rows):
    for b in rows:
        b[0] += b[4] * 2.0

uncaught([[1.0] * 5, [2.0] * 4])
