# repr(float) is the shortest string that reads back, which near a power of two is not
# always the correctly rounded one of that length (2**-24 is 5.960464477539063e-08, not
# ...0625e-08): every power of two, and its neighbours.
import math

row = []
for e in range(-1074, 1024):
    x = 2.0 ** e
    row.append(repr(x))
    if len(row) == 6:
        print(" ".join(row))
        row = []
print(" ".join(row))
for e in (-1022, -500, -24, -1, 0, 1, 52, 53, 100, 1023):
    x = 2.0 ** e
    print(repr(math.nextafter(x, 0)), repr(x), repr(math.nextafter(x, math.inf)), str(-x), float(repr(x)) == x)
