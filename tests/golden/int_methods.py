print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"", "big"))
print((10).bit_length(), (-10).bit_length(), (0).bit_length())
print((7).conjugate(), (7).numerator, (7).denominator, (7).real, (7).imag)
print((6).as_integer_ratio(), (-3).as_integer_ratio())
print(int.__name__, (5).__abs__(), (5).__neg__(), (5).__add__(3), (5).__radd__(3))
print((5).__sub__(2.0), (5).__mul__("x"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(abs(-7), abs(7), abs(0), abs(-(2 ** 100)))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7), round(7, 2))
print(type(round(7, 1)).__name__, round(15, -1), round(25, -1))
