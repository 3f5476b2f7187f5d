a = list(range(10))
print(a[2:5], a[:3], a[-3:], a[::3], a[::-1], a[7:2:-2], a[-1:-4:-1], a[20:], a[3:3])
a[2:5] = ["x", "y"]; print(a)
a[:0] = [-2, -1]; print(a)
a[len(a):] = [100]; print(a)
a[1:3] = []; print(a)
a[::2] = [0] * len(a[::2]); print(a)
b = list(range(6))
b[::-2] = "abc"; print(b)
b[1:4] = range(3); print(b)
b[4:2] = ["ins"]; print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    b[1:3] = 5
except TypeError as e:
    print("TypeError:", e)
c = [1, 2, 3]
c[1:2] = c; print(c)
d = [1, 2, 3, 4]
d[-1:] = [7, 8, 9]; print(d)
d[:] = []; print(d)
e = [0, 1, 2, 3, 4, 5, 6]
print(e[slice(1, 5, 2)], e[slice(None, None, -2)], e[-100:100], e[1:-1])
