# x[a:b] = y[c:d:e]: the right side is read into a temporary before the target's bounds
# are computed, and whoever receives the temporary can keep it.
a = list(range(10))
a[:4] = a[3::-1]
print(a)
a[::2] = a[1::2]
print(a)
a[:] = a[::-1]
print(a)
a[2:5] = a[100:200]
print(a)
a[-3:] = a[-100:2]
print(a)
big = list(range(40))
big[:30] = big[29::-1]
print(big)
big[::3] = big[:14]
print(big)
t = tuple(range(5))
a[:3] = t[::-1]
print(a)
s = "hello"
chars = list(s)
chars[1:4] = s[3:0:-1]
print(chars)

# the bounds of the target run after the source was read
def bound(n, xs):
    xs.append("late")
    return n
b = [1, 2, 3, 4]
b[:bound(2, b)] = b[::-1]
print(b)

class I:
    def __init__(self, v, tag): self.v, self.tag = v, tag
    def __index__(self):
        print("index", self.tag)
        return self.v
c = list(range(8))
c[I(1, "lo"):I(3, "hi")] = c[I(6, "start"):I(1, "stop"):I(-2, "step")]
print(c)

# a target that keeps what it is given gets a real list
class Keep:
    def __setitem__(self, k, v):
        self.k, self.v = k, v
src = [5, 6, 7]
kp = Keep()
kp[1:2] = src[::-1]
src[0] = "changed"
print(kp.k, kp.v, type(kp.v).__name__)
kp.v.append(4)
print(kp.v)

class L(list):
    def __getitem__(self, k):
        print("getitem", k)
        return list.__getitem__(self, k)
    def __setitem__(self, k, v):
        print("setitem", k, v)
        list.__setitem__(self, k, v)
lst = L([1, 2, 3, 4])
lst[:2] = lst[::-1]
print(lst)
plain = [0, 0, 0]
plain[:2] = lst[1::-1]
print(plain)

for bad in (lambda: a.__setitem__(slice(None, None, 2), a[:1]),):
    try:
        bad()
    except ValueError as e:
        print(e)
try:
    a[::2] = a[:1]
except ValueError as e:
    print(e)
try:
    a[::-1] = a[:3]
except ValueError as e:
    print(e)
try:
    a[1:2] = a[::0]
except ValueError as e:
    print(e)
try:
    a[1:2:0] = a[::-1]
except ValueError as e:
    print(e)
try:
    a["x":] = a[::-1]
except TypeError as e:
    print(e)
d = {}
try:
    d[1:2] = a[::-1]
except TypeError as e:
    print(e)
n = 5
try:
    n[1:2] = a[:1]
except TypeError as e:
    print(e)
def inner(xs, k):
    while k:
        xs[:k + 1] = xs[k::-1]
        k = xs[0]
    return xs
print(inner([3, 1, 0, 2, 4], 3))
