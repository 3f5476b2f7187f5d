a = [1, 2, 3]
a[0] += 10
a[-1] *= 5
a[1:2] += [7]
print(a)
d = {"k": 1}
d["k"] += 1
d.setdefault("new", 0)
d["new"] -= 3
print(d)
class O:
    pass
o = O()
o.n = 5
o.n **= 2
o.n //= 3
print(o.n)
calls = []
def idx():
    calls.append("idx")
    return 0
lst = [10]
lst[idx()] += 1
print(lst, calls)
s = "ab"
s *= 2
s += "!"
print(s)
t = (1,)
t += (2,)
print(t)
x = 7
x %= 4; x <<= 3; x >>= 1; x ^= 5; x |= 16; x &= 0b11110
print(x)
m = [[0, 0], [0, 0]]
for i in range(2):
    for j in range(2):
        m[i][j] += i * 2 + j
print(m)
