s = "abcdefghij"
print(s[0], s[-1], s[3], s[-4], s[len(s) - 1])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2], s[5:2], s[100:], s[-100:3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[-1:-5:-1], s[2:8:0 or 3])
print(s[None:None:None], s[3:None], s[:None:-1], s[10:0:-1], s[0:10:-1])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-11]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
print(s[True], s[slice(1, 4)], s[slice(None, None, -3)])
