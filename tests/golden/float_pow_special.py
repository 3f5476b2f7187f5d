# float ** and math.pow at the special values (zeros, infinities, nan, signs), as
# C99/CPython 3.11 define them; math.gamma and lgamma at -inf.
import math

inf, nan = float("inf"), float("nan")
vals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0, 3.0, inf, -inf, nan]
for x in vals:
    row = []
    for y in vals:
        try:
            row.append(repr(x ** y))
        except ZeroDivisionError:
            row.append("ZDE")
        try:
            row.append(repr(math.pow(x, y)))
        except ValueError:
            row.append("VE")
        except OverflowError:
            row.append("OE")
    print(x, " ".join(row))
print(pow(0.0, -inf), 0 ** -inf, (-0.0) ** -inf)
for f in (math.gamma, math.lgamma):
    for x in (inf, -inf, nan, -1.0, 0.0):
        try:
            print(f.__name__, x, f(x))
        except ValueError as e:
            print(f.__name__, x, "ValueError", e)
