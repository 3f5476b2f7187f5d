# Slicing without a slice object for builtin sequences; other objects still receive a real slice.
a = list(range(10))
print(a[2:5], a[::-1], a[:3], a[7:], a[::2], a[-3:], a[5:2], a[1:8:3])
a[:3] = [9, 9]
print(a)
a[::2] = range(len(a[::2]))
print(a)
t = tuple(range(6)); s = "abcdef"; b = b"abcdef"; ba = bytearray(b"xyz")
print(t[1:4], s[::-1], s[1:-1], b[:2], ba[1:], s[10:20])
ba[0:1] = b"QQ"; print(ba)
class G:
    def __getitem__(self, k):
        self.kept = k
        return (k.start, k.stop, k.step)
    def __setitem__(self, k, v):
        print("set", k, v)
g = G()
print(g[1:2], g[::3], g[:"x":None], g.kept)
g[4:5] = 7
perm = [3, 1, 2, 0, 4]
k = perm[0]
perm[: k + 1] = perm[k::-1]
print(perm)
try:
    a[1:2:0]
except ValueError as e: print(e)
try:
    a["x":]
except TypeError as e: print(e)
try:
    a[::2] = [1]
except ValueError as e: print(e)
