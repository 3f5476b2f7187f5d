a = list(range(10))
a[::3] = ["a", "b", "c", "d"]
print(a)
a[1::3] = [None] * len(a[1::3])
print(a)
del a[::4]
print(a)
b = list("abcdef")
b[-2:] = []
b[:0] = ["<"]
b[len(b):] = [">"]
print(b)
b[2:4] = b[2:4][::-1]
print(b)
c = [1, 2, 3, 4, 5]
c[1:4] = [[9, 9]]
print(c)
c[:] = range(3)
print(c)
c[5:10] = ["far"]
print(c)
c[-100:1] = ["start"]
print(c)
try:
    c[::-1] = [1]
except ValueError as e:
    print("ValueError:", e)
d = bytearray(b"hello")
d[1:3] = b"EY"
d[::2] = b"***"
print(d)
t = list(range(8))
t[7:2:-2] = "xyz"
print(t)
