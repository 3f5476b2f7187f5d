# int.to_bytes / int.from_bytes: exact range checks at every length (signed and
# unsigned, both byte orders, length 0) and the argument errors.

def show(f):
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

for length in (0, 1, 2, 3, 9):
    for v in (0, 1, -1, 127, 128, -128, -129, 255, 256, 2**(8 * length) - 1, 2**(8 * length),
              -2**(8 * length - 1) if length else 0, 2**(8 * length - 1) if length else 0):
        for signed in (False, True):
            show(lambda: (v.to_bytes(length, "little", signed=signed), v.to_bytes(length, "big", signed=signed)))

for v in (0, 5, -5, 2**70, -2**70 - 3):
    for order in ("little", "big"):
        b = v.to_bytes(12, order, signed=True)
        print(b, int.from_bytes(b, order, signed=True) == v)

print(int.from_bytes(bytes(25) + b"\x01", "big"), int.from_bytes(b"\x80", "big", signed=True))
print((1000).to_bytes(2), int.from_bytes(b"\x03\xe8"))
show(lambda: (1).to_bytes(-1, "little"))
show(lambda: (1).to_bytes(1, "middle"))
show(lambda: (1).to_bytes(1, 5))
show(lambda: int.from_bytes(b"\x01", "middle"))
show(lambda: (-1).to_bytes(1, "little"))
