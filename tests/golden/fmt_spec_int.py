for n in [0, 7, -7, 255, 65535, -65536, 1234567890, 2 ** 70]:
    print(format(n, "d"), format(n, "+d"), format(n, " d"), format(n, "b"), format(n, "o"), format(n, "x"),
          format(n, "X"), format(n, "#b"), format(n, "#o"), format(n, "#X"), format(n, ","), format(n, "_"),
          format(n, "_x"), format(n, "n"), format(n, "c") if 65 <= n < 0x300 else "-")
print(format(65, "c"), format(0x263A, "c"), format(10, "e"), format(10, "f"), format(10, "g"), format(10, "%"))
print(format(1234, "010,"), format(-1234, "010,"), format(1234, "#012_b"), format(7, "#06x"))
print(format(12, "^+8"), format(12, "*=+8"), format(-12, "~<8"))
try:
    format(5, ",c")
except ValueError as e:
    print("ValueError:", e)
try:
    format(-1, "c")
except OverflowError as e:
    print("OverflowError:", e)
try:
    format(5, ".2d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(5, ",_")
except ValueError as e:
    print("ValueError:", e)
