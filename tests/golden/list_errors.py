a = [10, 20, 30]
for i in [3, -4, 100]:
    try:
        print(a[i])
    except IndexError as e:
        print("IndexError:", e)
try:
    a[5] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del a[7]
except IndexError as e:
    print("IndexError:", e)
try:
    a["0"]
except TypeError as e:
    print("TypeError:", e)
try:
    a[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    a + (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    a * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
try:
    {a: 1}
except TypeError as e:
    print("TypeError:", e)
print(a[-1], a[-3], a)
