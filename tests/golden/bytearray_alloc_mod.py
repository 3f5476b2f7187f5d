# bytearray's allocation follows CPython's resize policy (what __alloc__ reports): exact
# at construction, an eighth more (plus 3 or 6) when growing a little, exact when
# growing a lot, shrunk to size below half; bytes' and bytearray's % each take only
# their own type on the left (bytearray.__rmod__(bytes) is NotImplemented).
b = bytearray()
print(b.__alloc__(), bytearray(b"abc").__alloc__(), bytearray(5).__alloc__(), bytearray(b"").__alloc__())
for step in range(20):
    b.append(step)
    print(len(b), b.__alloc__(), end="; ")
print()
b += b"x" * 40
print(len(b), b.__alloc__())
del b[5:]
print(len(b), b.__alloc__())
b.clear()
print(len(b), b.__alloc__(), b)
c = bytearray(b"abcdefgh")
c[2:4] = b"xyzw"
print(c, c.__alloc__())
c.extend(b"12")
print(c, c.__alloc__())
c *= 3
print(c, c.__alloc__())
c[:] = b""
print(c, c.__alloc__())
print(bytearray(b"%s-%d") % (b"a", 3), b"%s" % bytearray(b"x"), bytearray(b"%s") % b"y")
print(bytearray.__rmod__(bytearray(b"a"), b"%s"), bytes.__rmod__(b"a", b"%s"), bytearray.__mod__(bytearray(b"%r"), 1))
print(bytes.__mod__(b"%s", bytearray(b"q")), bytes.__rmod__(b"z", bytearray(b"%s")))
try:
    bytearray.__mod__(b"%s", 1)
except TypeError as e:
    print("TypeError:", e)
