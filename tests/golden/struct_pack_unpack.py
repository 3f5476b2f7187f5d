# struct: pack/unpack/calcsize over native (aligned) and standard formats, every code,
# half/single/double floats, pack_into/unpack_from/iter_unpack and struct.error texts.
import struct

for fmt in ("b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "P", "e", "f", "d", "?", "c", "5s", "5p",
            "bi", "@bq", "ib", "<bI", ">bxI3xH", "=hd", "!i", "3h", "0s", "2x", " i  h "):
    print(fmt, struct.calcsize(fmt))
print(struct.pack("<bBhHiIqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -2**63, 2**64 - 1))
print(struct.pack(">bBhHiIqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -2**63, 2**64 - 1))
print(struct.unpack("<bBhHiIqQ", struct.pack("<bBhHiIqQ", -1, 255, -2, 65535, -3, 7, -2**63, 2**64 - 1)))
print(struct.pack("@bi", 1, 2), struct.unpack("@bi", struct.pack("@bi", -5, -6)))
print(struct.pack(">?c5s5p", [], b"x", b"abcdefg", b"hi"), struct.unpack(">?c5s5p", b"\x02yabcde\x03hi\0\0"))
print(struct.pack("<3h", 1, 2, 3), struct.unpack(">3h", b"\0\1\0\2\0\3"))
for v in (0.0, -0.0, 1.0, 1.5, 65504.0, 6e-8, 5.96e-8, 2.98e-8, 1e-5, 0.1, 3.14159, float("inf"), -float("inf")):
    b = struct.pack("<e", v)
    print(v, b, struct.unpack("<e", b), struct.unpack(">f", struct.pack(">f", v)), struct.unpack("<d", struct.pack("<d", v)))
print(struct.unpack("<e", struct.pack("<e", float("nan")))[0] != 0.0)
print(struct.pack(b"<H", 258), struct.pack("<i", True), struct.pack("<f", 3))
ba = bytearray(8)
struct.pack_into("<hh", ba, 2, 1, -1)
struct.pack_into(">h", ba, -2, 7)
print(ba, struct.unpack_from("<hh", ba, 2), struct.unpack_from("<h", ba), struct.unpack_from(">h", ba, offset=-2))
print(list(struct.iter_unpack("<h", b"\1\0\2\0\3\0")), struct.unpack("<H", bytearray(b"\xff\x01")))
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)
tests = [("b", 200), ("B", -1), ("h", 70000), ("H", -1), ("i", 2**31), ("I", -1), ("q", 2**63), ("Q", -1),
         ("<b", 200), ("<H", 65536), ("<i", -2**31 - 1), ("<l", 2**31), ("<L", 2**32), ("<I", -1), ("<q", -2**63 - 1),
         ("b", 1.5), ("f", "x"), ("<f", 1e300), ("<e", 1e10), ("<e", 65520.0), ("c", b"ab"), ("s", 5), ("<n", 1)]
for fmt, v in tests:
    try:
        print(fmt, struct.pack(fmt, v))
    except (struct.error, OverflowError) as e:
        print(fmt, type(e).__name__, e)
for f in (lambda: struct.calcsize("z"), lambda: struct.calcsize("3"), lambda: struct.unpack("I", b"12"),
          lambda: struct.pack("II", 1), lambda: struct.unpack_from("I", b"12345", 3),
          lambda: struct.unpack_from("I", b"12", 0), lambda: struct.unpack_from("I", b"12345", -9),
          lambda: struct.pack_into("I", bytearray(3), 0, 1), lambda: struct.pack_into("I", b"1234", 0, 1),
          lambda: struct.pack(1, 2), lambda: struct.unpack("h", "ab"), lambda: list(struct.iter_unpack("h", b"123"))):
    try:
        print(f())
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
