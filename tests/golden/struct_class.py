import struct
s = struct.Struct('<hI')
print(type(s), s.format, s.size, struct.Struct(b'>q').format)
print(s.pack(-2, 7), s.unpack(b'\xfe\xff\x07\x00\x00\x00'))
b = bytearray(10)
s.pack_into(b, 2, 1, 2); print(b)
print(s.unpack_from(b, 2), s.unpack_from(b, offset=2), s.unpack_from(buffer=b))
it = s.iter_unpack(bytes(12)); print(type(it).__name__, it.__length_hint__(), list(it))
class S(struct.Struct):
    def __init__(self, n):
        super().__init__('%di' % n)
print(S(3).size, isinstance(S(3), struct.Struct))
for bad in [lambda: s.unpack(b''), lambda: s.pack(1), lambda: struct.Struct(1), lambda: struct.Struct(),
            lambda: struct.Struct('z'), lambda: s.iter_unpack(b'123'), lambda: s.pack_into(b, 9, 1, 2),
            lambda: s.unpack_from(b, 9), lambda: s.pack_into(b), lambda: s.unpack(), lambda: struct.Struct('i', 'x'),
            lambda: s.pack(1, 2**40), lambda: s.unpack(b'', b''), lambda: s.iter_unpack(),
            lambda: struct.Struct('0i').iter_unpack(b'')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
s2 = struct.Struct('i'); s2.__init__('q'); print(s2.size, s2.format)
print(repr(s)[:22])
print(struct.Struct.__name__, struct.Struct.__module__, struct.Struct.__qualname__)
m = memoryview(bytearray(8)); struct.pack_into('<q', m, 0, -1); print(m.tobytes())
import array; print(struct.unpack('<2i', array.array('i', [1, 2])))
print(struct.Struct('i') == struct.Struct('i'))
try:
    s.format = 'x'
except Exception as e: print(type(e).__name__, e)
print(struct.pack('3s', b'abcdef'), struct.calcsize('3s'))
for f in [lambda: struct.pack(), lambda: struct.pack_into(), lambda: struct.pack_into('i'),
          lambda: struct.pack_into('i', bytearray(4)), lambda: struct.unpack('i'), lambda: struct.unpack(),
          lambda: struct.iter_unpack('i'), lambda: struct.calcsize(), lambda: struct.unpack_from('i'),
          lambda: struct.Struct('i').pack_into(), lambda: struct.Struct('i').unpack_from(),
          lambda: struct.unpack('i', b'1234', x=1), lambda: struct.Struct('i').pack(x=1),
          lambda: struct.Struct(format='i').size, lambda: struct.Struct('i').unpack_from(b'1234', 0, 1),
          lambda: struct.iter_unpack('i', b'1234').__next__(), lambda: struct.pack('i', x=1),
          lambda: struct.pack_into('<i', bytearray(8), -2, 1), lambda: struct.pack_into('<i', bytearray(8), -12, 1),
          lambda: struct.pack_into('<i', b'12345678', 0, 1), lambda: struct.unpack_from('<i', b'12345678', -9),
          lambda: struct.unpack_from('<i', b'12345678', -4), lambda: struct.unpack('<i', 'abcd'),
          lambda: struct.Struct('<i').iter_unpack(b'12345678').__length_hint__(),
          lambda: type(struct.iter_unpack('i', b''))(), lambda: struct.calcsize(3)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)

# iter_unpack reads the buffer as it goes
buf = bytearray(struct.pack('<3h', 1, 2, 3))
it = struct.iter_unpack('<h', buf)
print(next(it)); buf[2] = 9; print(next(it), it.__length_hint__(), list(it), list(it))

# a failing pack_into leaves what it packed before the bad value, as CPython
b = bytearray(b'\xff' * 8)
try:
    struct.pack_into('<ii', b, 0, 1, 'x')
except struct.error as e:
    print(e, b)

# the module functions and a Struct agree; the cache does not change results
for fmt in ['<q', '>d', '@bq', '=3sH', b'!I']:
    s = struct.Struct(fmt)
    vals = s.unpack(bytes(range(s.size)))
    print(fmt, s.size, vals, struct.pack(fmt, *vals) == s.pack(*vals), struct.calcsize(fmt))
struct._clearcache()
print(struct.calcsize('<q'))

import weakref
s = struct.Struct('i')
r = weakref.ref(s)
print(r() is s)

class Point(struct.Struct):
    def __init__(self):
        super().__init__('<2d')
    def read(self, data):
        return self.unpack(data)
p = Point()
print(p.read(p.pack(1.5, -2.0)), p.format, type(p).__mro__)
print(struct.Struct.__init__)
