vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 0.000012345, 1e16, 1e-7, 12.5, 0.125, float("inf"), -float("inf"), float("nan")]
for v in vals:
    print(format(v, ""), format(v, "f"), format(v, ".2f"), format(v, "e"), format(v, ".3E"), format(v, "g"),
          format(v, ".3g"), format(v, "G"), format(v, "%"), format(v, ".1%"), format(v, ","), format(v, "F"), format(v, "n"))
print(format(1.5, "#g"), format(1.0, "#.0f"), format(2.0, ".0f"), format(2.5, ".0f"), format(3.5, ".0f"))
print(format(1234.5, "+,.2f"), format(1234.5, "012,.1f"), format(-1234.5, "_>15,.3f"), format(0.5, " .3f"))
print(format(123456789.0, ".3g"), format(0.0001, "g"), format(0.00001, "g"), format(1e15, "g"), format(1e16, "g"))
print(format(1.23456789e-300, ".5e"), format(9.999, ".2f"), format(9.995, ".2f"), format(0.045, ".2f"))
print(format(100.0, ".2"), format(1e20, ".3"), format(123.0, ".10"), format(0.1, ".17"), format(1 / 3, ".30f"))
print(format(12.0, ""), format(12.0, "<8"), format(12.0, "08"), format(-12.0, "08.2f"), format(12.0, "+"))
