# array.array: every typecode, construction from lists, bytes and other arrays, the
# sequence operations, conversion errors with CPython's texts, and use as a bytes-like
# buffer (bytes(), concatenation, `in`, struct).
import array, struct
from array import array as A

for c in "bBhHiIlLqQfd":
    a = A(c, [1, 2, 3])
    print(c, a.typecode, a.itemsize, a, len(a), a[0], a[-1], a.tolist(), bool(a), bool(A(c)), repr(A(c)))
print(A("h", b"\x01\x00\x02\x00"), A("h", bytearray(4)), A("H", A("b", [1, -1 & 0x7f])), A("b", A("I", [1, 2])))
a = A("i", range(5))
a.append(10); a.extend([11, 12]); a.extend(A("i", [13])); a.insert(0, -1); a.insert(100, 99)
print(a, a.pop(), a.pop(0), a.index(10), a.count(2), 11 in a, 42 in a)
a.remove(10); a.reverse(); print(a)
a[1] = 7; del a[0]; print(a, a[1:3], a[::-1], a[::2])
a[1:3] = A("i", [100, 200, 300]); print(a)
del a[::2]; print(a)
b = A("d", [1.5, -2.25]); b *= 2; print(b, b + A("d", [0.5]), 2 * A("b", [1]), A("f", [0.1])[0])
print(A("b", [1, 2]) == A("h", [1, 2]), A("l", [1]) == A("d", [1.0]), A("B", [1, 1]) < A("B", [1, 2]),
      A("b", [1, 2]) == b"\x01\x02", A("b", [1]) != [1])
print(bytes(A("b", [0x61, 0x62])), bytearray(A("H", [0x4142])), b"12" + A("b", [51]), A("b", [2, 3]) in b"\x01\x02\x03")
ba = bytearray(b"x"); ba += A("B", [121]); print(ba)
print(struct.unpack("<2h", A("h", [5, -6])), A("B", b"abc").tobytes(), A("h", [1, 2]).tobytes())
c = A("h", [1, 256]); c.byteswap(); print(c)
f = A("B"); f.frombytes(b"xyz"); f.fromlist([1, 2]); print(f, list(f), [x for x in A("q", [-2**63, 2**63 - 1])])
print(A("Q", [2**64 - 1]), A("L", [2**64 - 1]), array.typecodes, array.ArrayType is A)

class Sub(A):
    pass
s = Sub("b", [1, 2])
print(s, bytes(s), isinstance(s, A), s == A("b", [1, 2]))

for c in "bBhHiIlLqQ":
    for v in (2**70, -2**70, 2**(8 * A(c).itemsize), -1):
        try:
            A(c, [v])
        except OverflowError as e:
            print(c, "OverflowError", e)
tests = [lambda: A("b", [1.5]), lambda: A("f", ["x"]), lambda: A("d", [None]), lambda: A("X"),
         lambda: A("h", b"123"), lambda: A("b", [1]).pop(5), lambda: A("b").pop(), lambda: A("b", [1]).index(3),
         lambda: A("b", [1]).remove(3), lambda: A("b", [1]) + A("h", [1]), lambda: A("b", [1]) + b"a",
         lambda: A("b", [1])[3], lambda: A("b", 5), lambda: A("b", "ab"), lambda: A(5),
         lambda: A("b", [1]).extend(A("h")), lambda: A("b", [1]).frombytes(5), lambda: A("b", [1]).__setitem__(5, 1)]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
