# int() and float() of bytes-like objects parse their text; int's errors show the
# bytes (not decoded text, which may not be valid UTF-8).
for x in (b"12", bytearray(b" -3 "), b"1_000", b"\xff1", bytearray(b"1x"), b"12_", b""):
    try:
        print(int(x))
    except ValueError as e:
        print("ValueError", e)
for x in (b"1.5", bytearray(b" -2e3 "), b"inf", bytearray(b"x"), b"\xfe"):
    try:
        print(float(x))
    except ValueError as e:
        print("ValueError", e)
print(int(b"ff", 16), int(bytearray(b"0o17"), 0), int(b"z", 36))
try:
    int(b"9", 8)
except ValueError as e:
    print("ValueError", e)
