def volume(w, h, d=1):
    return w * h * d
print(volume(2, 3), volume(2, 3, 4), volume(h=5, w=1))
try:
    volume()
except TypeError as e:
    print("caught:", e)
def area(w, h):
    return w * h
print(area(2, 3))
print(area(4))
