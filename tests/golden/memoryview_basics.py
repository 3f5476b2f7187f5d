# memoryview over bytes, bytearray, array and other views: items by format, slices
# that share memory, assignment (read-only errors), tolist/tobytes/hex/cast, equality
# by value, release and `with`; bytes-like conversions through the buffer protocol.
from array import array

b = b"1234"
m = memoryview(b)
print(len(m), m[0], m[-1], list(m), m.tolist(), m.tobytes(), m.hex(), m.readonly, m.format, m.itemsize, m.nbytes)
print(list(m[1:]), list(m[::2]), m[1:3].tobytes(), m[::-1].tobytes(), m.obj is b, m.ndim, m.shape, m.strides)
for f in (lambda: m.__setitem__(0, 1), lambda: m.__setitem__(slice(0, 2), b"00"), lambda: m[9],
          lambda: memoryview(5), lambda: m.noexist, lambda: hash(memoryview(bytearray(1)))):
    try:
        f()
    except (TypeError, IndexError, AttributeError, ValueError) as e:
        print(type(e).__name__, e)
ba = bytearray(b"abcdef")
v = memoryview(ba)
v[0] = 65; v[1:3] = b"XY"; v[4:] = bytearray(b"!?")
print(ba, v.readonly, bytes(v[2:4]), bytearray(v[::2]))
for f in (lambda: v.__setitem__(0, 256), lambda: v.__setitem__(slice(0, 2), b"abc"), lambda: v.__setitem__(0, b"a")):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a = array("i", [1, 2, 3, 4])
am = memoryview(a)
print(am.format, am.itemsize, len(am), list(am), list(am[1:-1]), am.nbytes)
am[2] = 60; print(a, am[2])
h = memoryview(array("h", [1, -1]))
print(h.tolist(), h.cast("B").tolist(), memoryview(b"\x01\x00\x02\x00").cast("h").tolist())
print(memoryview(b"abc") == b"abc", b"abc" == memoryview(b"abc"), memoryview(b"abc") != b"abd",
      memoryview(b"abcdef")[2:4] == b"cd", memoryview(b"ab") == memoryview(bytearray(b"ab")),
      memoryview(array("b", [1, 2])) == array("b", [1, 2]), memoryview(b"a") == "a", memoryview(b"") == b"")
print(hash(memoryview(b"xy")) == hash(b"xy"), list(memoryview(memoryview(b"12"))))
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
try:
    len(cm)
except ValueError as e:
    print("ValueError", e)
r = memoryview(b"rel"); r.release(); r.release()
print(repr(r).startswith("<released memory"), repr(memoryview(b"")).startswith("<memory at"))
print(int(bytearray(b"12")), int(memoryview(b"-7")), int(bytearray(b"ff"), 16), float(bytearray(b"1.5")),
      float(memoryview(b"2e3")), str(memoryview(b"caf\xc3\xa9"), "utf-8"), str(array("B", b"ok"), "ascii"))
print(bytes(memoryview(b"xyz")[1:]), b"ab" + memoryview(b"cd"), memoryview(b"bc") in b"abcd", bytearray(b"-") + memoryview(b"+"))
for f in (lambda: int(bytearray(b"x")), lambda: float(bytearray(b"x")), lambda: str(5, "utf-8")):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
