# Unpacking a list of floats (a, b = l; for [x, y] in ...) keeps its items' identities
# and leaves the list usable: stores, identity of later reads, errors of wrong lengths.
x = 1.5
l = [x, 2.5, -0.0]
a, b, c = l
print(a, b, c, a is x, a is l[0], b is l[1], c is l[2])
l[1] += 1.0
a2, b2, c2 = l
print(b2, b2 is l[1], b is b2, a2 is a)
print(l, sum(l), l.index(3.5))

r = [0.25, 0.5]
bodies = [(r, [1.0, 2.0], 3.0), ([4.0, 5.0], [6.0, 7.0], 8.0)]
for step in range(3):
    for ([px, py], [vx, vy], m) in bodies:
        px += vx * m
        py -= vy / m
    for (pos, [vx, vy], m) in bodies:
        pos[0] += vx * 0.5
        pos[1] += vy * 0.25
print(bodies)
print(r is bodies[0][0])

first, *rest = [9.5, 8.5, 7.5]
print(first, rest)
*init, last = l
print(init, last, last is l[-1])

e = [1.0, 2.0]
e *= 0
try:
    p, = e
except ValueError as exc:
    print("ValueError:", exc)
try:
    p, q = [1.0, 2.0, 3.0]
except ValueError as exc:
    print("ValueError:", exc)
try:
    p, q, s, t = l
except ValueError as exc:
    print("ValueError:", exc)

m = [1.0, 2.0]
u, v = m
m.append(None)
print(m, u, v)
n = [3.0, 4.0]
u, v = n
n[0] = 7
print(n, u, v)
a, b, c = l
print(a, b, c)
a, b, c = l
a, b, c = c, a, b
print(a, b, c, l)
