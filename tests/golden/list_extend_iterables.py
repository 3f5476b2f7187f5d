a = [1]
a.extend((2, 3))
a.extend(range(4, 6))
a.extend("ab")
a.extend({"k": 1})
a.extend([x * 10 for x in [7]])
a += {9: 0}.keys()
print(a)
b = []
b += "xyz"
b += (1,)
print(b)
try:
    b = b + "q"
except TypeError as e:
    print("TypeError:", e)
try:
    a.extend(5)
except TypeError as e:
    print("TypeError:", e)
c = [1, 2]
c.extend(c)
print(c)
d = list(map(str, range(3))) + list(filter(None, [0, 1, 2])) + list(zip("ab", "cd"))
print(d)
e = [0] * 2 + [1] * 3
e[1:1] = "xy"
print(e, e.count(1), e.index("y"))
