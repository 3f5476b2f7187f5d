# ctypes data types without calls: the simple types (values, reprs, truncation, the
# TypeErrors of their setters), Structure/Union layouts (_pack_, nesting, bit fields),
# arrays, pointers, cast, the buffers and the memory functions.
import ctypes
from ctypes import *


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(c_int(5), c_uint(7), c_short(-3), c_ushort(65535), c_long(-9), c_ulong(9))
print(c_byte(-1), c_ubyte(255), c_longlong(1 << 40), c_ulonglong(1 << 63))
print(c_float(1.1), c_double(2.5), c_longdouble(0.5), c_bool(3), c_bool(0), c_float(1e300), c_float(-1e300))
print(c_char(b"a"), c_char(65), c_wchar("z"), c_void_p(), c_void_p(1234))
print(c_int8(300), c_uint8(-1), c_int16(70000), c_uint16(-2), c_int32(2 ** 31), c_uint32(-1))
print(c_int64(-5), c_uint64(-1), c_size_t(-1), c_ssize_t(-1))
print(c_int(), c_double(), c_char(), c_bool(), c_char_p().value, c_wchar_p().value)
print(c_char_p(b"hello").value, c_wchar_p("wide").value, c_int(True))
print(sizeof(c_int), sizeof(c_long), sizeof(c_char), sizeof(c_double), sizeof(c_void_p), sizeof(c_wchar))
print(alignment(c_double), alignment(c_short), sizeof(c_int(3)))
v = c_int(10)
v.value += 5
print(v.value, bool(v), bool(c_int(0)), type(v.value).__name__)
attempt("int str", lambda: c_int("x"))
attempt("int float", lambda: c_int(1.5))
attempt("double str", lambda: c_double("x"))
attempt("char 2", lambda: c_char(b"ab"))
attempt("char str", lambda: c_char("a"))
attempt("char_p str", lambda: c_char_p("x"))
attempt("wchar_p bytes", lambda: c_wchar_p(b"x"))
attempt("wchar 2", lambda: c_wchar("ab"))
attempt("void_p str", lambda: c_void_p("x"))
attempt("sizeof int", lambda: sizeof(5))
attempt("alignment", lambda: alignment(5))
attempt("addressof", lambda: addressof(5))
attempt("byref", lambda: byref(5))


class MyInt(c_int):
    pass


print(MyInt(4).value, repr(MyInt(4)).startswith("<MyInt object at "))


# structures
class Point(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]


class Rect(Structure):
    _fields_ = [("tl", Point), ("br", Point), ("name", c_char * 8), ("tag", c_char_p)]


class Packed(Structure):
    _pack_ = 1
    _fields_ = [("a", c_char), ("b", c_int), ("c", c_short)]


class Mixed(Structure):
    _fields_ = [("a", c_char), ("b", c_double), ("c", c_short)]


class Number(Union):
    _fields_ = [("i", c_uint), ("f", c_float), ("b", c_ubyte * 4)]


class Flags(Structure):
    _fields_ = [("a", c_uint, 3), ("b", c_uint, 5), ("c", c_int, 4), ("d", c_ushort)]


class Point2(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]


class Point3(Point2):
    _fields_ = [("z", c_int)]


print(sizeof(Point), sizeof(Rect), sizeof(Packed), sizeof(Mixed), sizeof(Number), sizeof(Flags), sizeof(Point3))
print(alignment(Rect), alignment(Packed), alignment(Mixed))
print(Point.x, Point.y, Rect.br, Packed.b, Mixed.b, Number.f)
print(Point.y.offset, Point.y.size, Mixed.c.offset, Packed.c.offset)
p = Point(1, 2)
print(p.x, p.y)
p.y = 20
r = Rect(p, Point(3, 4), b"box", b"tagged")
print(r.tl.x, r.tl.y, r.br.x, r.br.y, r.name, r.tag)
r.tl.x = 100
print(r.tl.x, p.x)
r.br = Point(7, 8)
r.name = b"longname"
print(r.br.x, r.br.y, r.name)
attempt("name too long", lambda: setattr(r, "name", b"waytoolongname"))
attempt("too many", lambda: Point(1, 2, 3))
attempt("field type", lambda: Point("a"))
attempt("bad field", lambda: type("Bad", (Structure,), {"_fields_": [("a", 5)]}))
Final = type("Final", (Structure,), {"_fields_": [("a", c_int)]})
attempt("final", lambda: setattr(Final, "_fields_", []))
q = Point(y=5)
print(q.x, q.y)
p3 = Point3(z=3)
p3.x, p3.y = 1, 2
print(p3.x, p3.y, p3.z)
n = Number()
n.f = 1.0
print(hex(n.i), list(n.b))
n.i = 0x41424344
print(list(n.b))
fl = Flags()
fl.a = 5
fl.b = 31
fl.c = -3
fl.d = 7
print(fl.a, fl.b, fl.c, fl.d, Flags.a, Flags.c)
fl.a = 9
print(fl.a, fl.b)
print(bytes(Point(1, 2)))
copy = Point.from_buffer_copy(bytes(Point(-1, 65536)))
print(copy.x, copy.y)
ba = bytearray(8)
shared = Point.from_buffer(ba)
shared.x = 258
print(bytes(ba[:4]), shared.x)
ba[4] = 9
print(shared.y)
attempt("from_buffer small", lambda: Point.from_buffer(bytearray(3)))
attempt("from_buffer bytes", lambda: Point.from_buffer(b"x" * 8))
attempt("from_buffer_copy small", lambda: Point.from_buffer_copy(b"x" * 3))
attempt("from_buffer offset", lambda: Point.from_buffer(bytearray(8), -1))
print(Point.from_buffer(bytearray(12), 4).x)

# arrays
IntArray = c_int * 4
a = IntArray(1, 2, 3)
print(IntArray.__name__, len(a), list(a), a[-1], a[1:3], sizeof(a))
a[3] = 40
a[0:2] = [10, 20]
print(list(a), [x * 2 for x in a])
print(type(3 * c_short).__name__, (c_int * 4) is IntArray)
attempt("index", lambda: a[4])
attempt("init", lambda: IntArray(1, 2, 3, 4, 5))
attempt("item type", lambda: IntArray("a"))
attempt("negative length", lambda: c_int * -1)
grid = ((c_int * 3) * 2)()
grid[1][2] = 5
print([list(row) for row in grid])
s = create_string_buffer(b"hello", 10)
print(sizeof(s), s.value, s.raw, s[1], s[0:3])
s.value = b"hi"
print(s.value, s.raw[:4])
s2 = create_string_buffer(b"abc")
print(sizeof(s2), s2.raw)
attempt("string buffer long", lambda: create_string_buffer(b"abc", 2))
attempt("string buffer str", lambda: create_string_buffer("abc"))
u = create_unicode_buffer("wide ü")
print(sizeof(u) // sizeof(c_wchar), u.value, u[5], len(u))
print(create_unicode_buffer(3).value == "")
pts = (Point * 2)(Point(1, 2), (3, 4))
print(pts[1].x, pts[1].y, pts[0].y)

# pointers
i = c_int(42)
pi = pointer(i)
print(pi.contents, pi[0], type(pi).__name__, POINTER(c_int) is type(pi), bool(pi))
pi[0] = 43
print(i.value)
pi.contents = c_int(7)
print(pi[0], i.value)
null = POINTER(c_int)()
print(bool(null))
attempt("null contents", lambda: null.contents)
attempt("null index", lambda: null[0])
attempt("pointer to int", lambda: pointer(5))
attempt("contents type", lambda: setattr(pi, "contents", c_long(1)))
arr = (c_int * 3)(5, 6, 7)
pa = cast(arr, POINTER(c_int))
print(pa[0], pa[2], pa[0:3])
print(cast(pa, c_void_p).value == addressof(arr))
print(cast(addressof(arr), POINTER(c_int))[1])
attempt("cast to int", lambda: cast(5, c_int))
attempt("cast float", lambda: cast(1.5, c_void_p))
pp = pointer(pointer(c_int(99)))
print(pp.contents.contents.value, pp[0][0])


class Node(Structure):
    pass


Node._fields_ = [("value", c_int), ("next", POINTER(Node))]
n2 = Node(2, None)
n1 = Node(1, pointer(n2))
print(n1.value, n1.next.contents.value, bool(n2.next), sizeof(Node))
cp = cast(c_char_p(b"text"), c_void_p)
print(string_at(cp), string_at(cp, 2))

# memory functions
src = (c_ubyte * 4)(1, 2, 3, 4)
dst = (c_ubyte * 4)()
memmove(dst, src, 4)
print(list(dst))
memset(dst, 0xAB, 2)
print(list(dst))
print(string_at(addressof(src), 4), string_at(b"nul\0after"))
w = create_unicode_buffer("wchar")
print(wstring_at(w), wstring_at(addressof(w), 2))
before = Point(11, -12)
after = Point()
memmove(byref(after), byref(before), sizeof(Point))
print(after.x, after.y)
attempt("memmove float", lambda: memmove(1.5, src, 1))
print(Point.from_address(addressof(before)).y, c_int.from_address(addressof(before)).value)


class Header(LittleEndianStructure):
    _fields_ = [("magic", c_uint16), ("length", c_uint32)]


h = Header.from_buffer_copy(bytes(range(8)))
print(hex(h.magic), hex(h.length), sizeof(Header), c_buffer(b"ab").raw)


# big-endian structures
class BE(BigEndianStructure):
    _fields_ = [("a", c_int), ("b", c_ubyte * 2), ("c", c_uint16, 4), ("d", c_uint16, 12)]


print(BE.a, BE.b, BE.c, BE.d, sizeof(BE))
x = BE.from_buffer_copy(bytes([0, 0, 1, 2, 3, 4, 0x12, 0x34]))
print(x.a, list(x.b), hex(x.c), hex(x.d))
x.a = 0x01020304
x.c = 0xF
print(bytes(x))
attempt("big-endian pointer", lambda: type("B2", (BigEndianStructure,), {"_fields_": [("p", c_void_p)]}))


class Ip(BigEndianStructure):
    _fields_ = [("version", c_ubyte, 4), ("ihl", c_ubyte, 4), ("tos", c_ubyte), ("len", c_uint16),
                ("ttl_proto", c_uint16), ("src", c_uint32), ("f", c_double)]


ip = Ip(4, 5, 0, 1500, 0x4006, 0x7f000001, 1.5)
print(bytes(ip).hex(), ip.version, ip.ihl, ip.len, hex(ip.src), ip.f, sizeof(Ip), Ip.version)
