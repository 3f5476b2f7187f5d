# chunk: IFF chunks read from a file-like object (seekable or not), alignment, byte
# order, inclheader, and the errors of a short or closed chunk.
import io
import struct
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    import chunk
print([str(w.message) for w in caught if w.category is DeprecationWarning][:1])


class NoSeek:
    # A stream without tell/seek: skip() reads instead.
    def __init__(self, data):
        self.buf = io.BytesIO(data)

    def read(self, n=-1):
        return self.buf.read(n)


data = b'FORM' + struct.pack('>L', 5) + b'hello' + b'\0' + b'NEXT' + struct.pack('>L', 2) + b'ok'
for stream in (io.BytesIO(data), NoSeek(data)):
    c = chunk.Chunk(stream)
    print(c.getname(), c.getsize(), c.seekable, c.read(2), c.tell(), c.isatty())
    print(c.read(), c.read(), c.tell())
    c.close()
    c.close()
    n = chunk.Chunk(stream)
    print(n.getname(), n.getsize(), n.read(10))
    try:
        n.tell()
    except ValueError as e:
        print("unreachable", e)
    n.close()
    for op in (n.tell, n.isatty, n.read, n.skip, lambda: n.seek(0)):
        try:
            op()
        except ValueError as e:
            print("ValueError", e)

little = b'RIFF' + struct.pack('<L', 11) + b'abc'
c = chunk.Chunk(io.BytesIO(little), bigendian=False, inclheader=True)
print(c.getname(), c.getsize(), c.read())
c = chunk.Chunk(io.BytesIO(data))
c.seek(1)
print(c.read(2), c.tell())
c.seek(-1, 2)
print(c.read(), c.tell())
c.seek(-4, 1)
print(c.read(1))
for args in ((6,), (-1,), (-6, 2)):
    try:
        c.seek(*args)
    except RuntimeError as e:
        print("RuntimeError", repr(e))
try:
    chunk.Chunk(NoSeek(data)).seek(0)
except OSError as e:
    print("OSError", e)
for short in (b'', b'FOR', b'FORM\0\0', b'FORM' + struct.pack('>L', 9) + b'abc'):
    try:
        c = chunk.Chunk(io.BytesIO(short))
        print(c.getname(), c.getsize(), c.read())
        c = chunk.Chunk(NoSeek(short))
        c.skip()
    except EOFError as e:
        print("EOFError", repr(e))
c = chunk.Chunk(io.BytesIO(data), align=False)
print(c.read(), c.tell(), chunk.Chunk(c.file).getname())
