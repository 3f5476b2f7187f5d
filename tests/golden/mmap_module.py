# mmap: anonymous and file-backed maps (shared, read-only, copy-on-write, with an
# offset), the file-like methods, item and slice access, find/rfind, resize, flush,
# move, iteration, the buffer protocol, sharing with a forked child, and CPython's errors
import mmap
import os
import struct
import tempfile

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(mmap.ACCESS_DEFAULT, mmap.ACCESS_READ, mmap.ACCESS_WRITE, mmap.ACCESS_COPY)
print(mmap.PROT_READ, mmap.PROT_WRITE, mmap.PROT_EXEC, mmap.MAP_SHARED, mmap.MAP_PRIVATE, mmap.MAP_ANONYMOUS)
print(mmap.PAGESIZE == mmap.ALLOCATIONGRANULARITY, mmap.PAGESIZE % 4096, mmap.error is OSError)
print(mmap.mmap.__name__, mmap.mmap.__module__, mmap.MADV_DONTNEED, mmap.MAP_POPULATE)

# anonymous memory
m = mmap.mmap(-1, 10)
print(repr(m), len(m), m[:], m.closed)
print(m.seek(3), m.tell(), m.write(b'ab'), m.tell())
print(repr(m))
print(list(m)[:5], b'a' in m, 97 in m, m[3], m[-7], m[3:5], m[::2], m[-1], m[2:100])
m[1:4] = b'xyz'
m[0] = 0x41
print(m[:])
m[::3] = b'1234'
print(m[:], bytes(m), bytes(memoryview(m)[2:4]))
m.seek(0)
m.write(b'ab\ncd\nef')
m.seek(0)
print(m.readline(), m.readline(), m.readline(), m.readline())
m.seek(0)
print(m.read(3), m.read_byte(), m.tell(), m.read(), m.read(), m.read(-1), m.read(None))
m.seek(0)
print(m.find(b'c'), m.find(b'c', 4), m.rfind(b'\n'), m.rfind(b'\n', 0, 5), m.find(b'c', -8, -3), m.find(b''),
      m.rfind(b'', 2, 5), m.find(b'zz'), m.find(bytearray(b'ef')), m.find(b'c', 7, 2))
m.seek(5)
print(m.find(b'c'), m.find(b'\n'))
m.seek(-2, os.SEEK_END)
print(m.tell(), m.read())
m.seek(-3, os.SEEK_CUR)
print(m.tell())
m.seek(10)
t(m.read_byte)
t(m.write_byte, 1)
print(m.readline(), m.read(5))
m.seek(0)
m.write_byte(0x7a)
print(m[:2])
m.move(4, 0, 3)
print(m[:])
m.resize(20)
print(len(m), m[:])
m.resize(4)
print(len(m), m[:], m.tell())
print(m.read(), m.readline())
t(m.size)
m.flush()
print(m.flush(0, 4))

# errors
t(m.__getitem__, 'x')
t(m.__getitem__, 10)
t(m.__getitem__, -5)
t(m.__setitem__, 0, 300)
t(m.__setitem__, 0, -1)
t(m.__setitem__, 0, b'a')
t(m.__setitem__, 9, 1)
t(m.__setitem__, slice(0, 2), b'abc')
t(m.__setitem__, slice(0, 2), 'ab')
t(m.__setitem__, slice(0, 2), [1, 2])
t(m.__setitem__, 'x', 1)
t(m.__delitem__, 0)
t(m.__delitem__, slice(0, 1))
t(m.write_byte, 256)
t(m.write_byte, -1)
t(m.write_byte, 'a')
t(m.write, 'abc')
t(m.write, b'x' * 20)
t(m.read, 'x')
t(m.seek, 11)
t(m.seek, 0, 5)
t(m.seek, -1)
t(m.seek, 1, 2)
t(m.find, 'a')
t(m.find, b'b', 'x')
t(m.flush, -1)
t(m.flush, 0, 20)
t(m.move, 0, 1, 20)
t(m.move, -1, 1, 2)
t(m.resize, -1)
t(mmap.mmap, -1, -1)
t(mmap.mmap, -1, 0)
t(mmap.mmap, -1, 10, offset=-1)
t(mmap.mmap, -1, 10, access=7)
t(mmap.mmap, -1, 10, flags=mmap.MAP_PRIVATE, access=mmap.ACCESS_READ)
t(mmap.mmap, -1, 10, prot=mmap.PROT_READ, access=mmap.ACCESS_WRITE)
t(mmap.mmap, 99, 10)
t(mmap.mmap, 'x', 10)
t(mmap.mmap)
t(mmap.mmap, -1)
t(mmap.mmap, -1, 10, tagname='x')
t(lambda: m == m)
t(lambda: hash(m) == hash(m))
m.close()
m.close()
print(m.closed, repr(m))
for f in (m.read, m.tell, m.size, m.readline, m.read_byte, lambda: len(m), lambda: m[0], lambda: m[:],
          lambda: m.write(b'x'), m.__enter__, lambda: bytes(m), lambda: next(iter(m))):
    t(f)

with mmap.mmap(-1, 4) as m2:
    print(m2.closed, m2.write(b'wxyz'))
    it = iter(m2)
    print(next(it), next(it), list(it))
print(m2.closed)
ro = mmap.mmap(-1, 4, access=mmap.ACCESS_READ)
print(repr(ro))
for f in (lambda: ro.write(b'a'), lambda: ro.__setitem__(0, 1), lambda: ro.resize(8), lambda: ro.move(0, 1, 1),
          lambda: ro.write_byte(1), lambda: ro.__setitem__(slice(0, 1), b'a')):
    t(f)
print(ro.flush(), memoryview(ro).readonly, bytes(ro))
ro.close()
m3 = mmap.mmap(-1, 4, prot=mmap.PROT_READ)
print(repr(m3))
m3.close()

# a file
fd, path = tempfile.mkstemp()
os.write(fd, b'0123456789' * 1000)
with open(path, 'r+b') as f:
    fm = mmap.mmap(f.fileno(), 0)
print(len(fm), fm.size(), fm[:12], repr(fm)[:60])
fm[0:5] = b'HELLO'
fm.seek(10000 - 3)
fm.write(b'END')
fm.flush()
os.lseek(fd, 0, 0)
data = os.read(fd, 20000)
print(data[:12], data[-5:], len(data))
fm.resize(12000)
print(len(fm), fm.size(), os.fstat(fd).st_size, fm[9995:10005])
fm.resize(100)
print(len(fm), fm.size(), os.fstat(fd).st_size)
fm.close()
t(mmap.mmap, fd, 200)
t(mmap.mmap, fd, 0, offset=100)
t(mmap.mmap, fd, 0, offset=3)
t(mmap.mmap, fd, 10, offset=mmap.PAGESIZE * 2)
os.ftruncate(fd, mmap.PAGESIZE + 100)
om = mmap.mmap(fd, 0, offset=mmap.PAGESIZE)
print(len(om), om[:5], repr(om).endswith('offset=%d>' % mmap.PAGESIZE))
om.close()
cm = mmap.mmap(fd, 10, access=mmap.ACCESS_COPY)
cm[:] = b'c' * 10
print(cm[:], cm.flush())
cm.close()
os.lseek(fd, 0, 0)
print(os.read(fd, 10))
rm = mmap.mmap(fd, 10, access=mmap.ACCESS_READ)
print(rm[:], rm.size())
rm.close()
wm = mmap.mmap(fd, 10, access=mmap.ACCESS_WRITE)
wm[:3] = b'abc'
wm.close()
with open(path, 'rb') as f:
    print(f.read(5))
    fm = mmap.mmap(f.fileno(), 0, prot=mmap.PROT_READ)
    print(len(fm), fm.find(b'89'), fm.rfind(b'01'))
    t(fm.write, b'x')
    fm.close()
os.close(fd)
with open(path, 'wb') as f:
    pass
with open(path, 'rb') as f:
    t(mmap.mmap, f.fileno(), 0)
os.unlink(path)

# the buffer protocol and sharing with a child
sm = mmap.mmap(-1, 16)
sm.write(struct.pack('<iI', -5, 7))
print(struct.unpack_from('<iI', sm), struct.unpack('<iI', sm[:8]), bytearray(sm[:2]))
pid = os.fork()
if pid == 0:
    sm[8:12] = b'kid!'
    os._exit(0)
os.waitpid(pid, 0)
print(sm[8:12])
pm = mmap.mmap(-1, 4, flags=mmap.MAP_PRIVATE)
pid = os.fork()
if pid == 0:
    pm[:] = b'kid!'
    os._exit(0)
os.waitpid(pid, 0)
print(pm[:])
with tempfile.TemporaryFile() as f:
    print(f.write(sm), f.write(memoryview(b'mv')), f.write(struct.pack('<h', 3)))
    f.seek(0)
    print(f.read()[:12], f.tell())
    t(f.write, 'text')
    t(f.write, 5)

class Sub(mmap.mmap):
    pass

s = Sub(-1, 3)
print(type(s).__name__, isinstance(s, mmap.mmap), len(s), repr(s))
s.close()
