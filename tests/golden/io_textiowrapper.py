import io, os, sys, tempfile

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

# multi-byte UTF-8 split across the buffer's chunks
data = 'héllo wörld\n€uro line\n𝄞 clef\nlast'.encode()
raw = io.BytesIO(data)
t = io.TextIOWrapper(io.BufferedReader(raw, buffer_size=3))
print([line for line in t])
t = io.TextIOWrapper(io.BufferedReader(io.BytesIO(data), buffer_size=2))
print(repr(t.read(2)), repr(t.read(3)), repr(t.readline()), repr(t.readline(3)), repr(t.read()))

# universal newlines on reading
src = b'one\r\ntwo\rthree\nfour\r\n\r\nend'
for nl in (None, '', '\n', '\r', '\r\n'):
    t = io.TextIOWrapper(io.BytesIO(src), newline=nl)
    lines = t.readlines()
    print(repr(nl), lines, t.newlines)
t = io.TextIOWrapper(io.BytesIO(b'a\nb\n'))
t.readline()
print(t.newlines)

# newline translation on writing
for nl in (None, '', '\n', '\r', '\r\n'):
    b = io.BytesIO()
    t = io.TextIOWrapper(b, newline=nl)
    t.write('x\ny\r\nz\r')
    t.flush()
    print(repr(nl), b.getvalue())

# encodings and errors
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-16')
t.write('hi\n')
t.write('ü')
t.flush()
print(b.getvalue(), t.encoding)
t = io.TextIOWrapper(io.BufferedReader(io.BytesIO(b.getvalue())), encoding='utf-16')
print(repr(t.readline()), repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b'caf\xe9 \xff\n'), encoding='latin-1')
print(repr(t.read()), t.encoding)
t = io.TextIOWrapper(io.BytesIO(b'bad \xff byte\n'), errors='replace')
print(repr(t.readline()), t.errors)
t = io.TextIOWrapper(io.BytesIO(b'bad \xff byte\n'))
show('strict', t.read)
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='ascii', errors='backslashreplace')
t.write('naïve €\n')
t.flush()
print(b.getvalue())
t = io.TextIOWrapper(io.BytesIO(), encoding='ascii')
show('encode', lambda: t.write('é'))
print(repr(t.buffer.getvalue()))

# tell/seek round trip
t = io.TextIOWrapper(io.BytesIO('αβγ\nδεζ\nηθι\n'.encode()))
t.readline()
pos = t.tell()
print(pos, repr(t.readline()))
t.seek(pos)
print(repr(t.readline()), repr(t.read()))
t.seek(0)
print(repr(t.read(5)))
print(t.seek(0, 2), repr(t.read()))
show('seek cur', lambda: t.seek(2, 1))
show('seek end', lambda: t.seek(-1, 2))
show('seek neg', lambda: t.seek(-3))
show('whence', lambda: t.seek(0, 5))

# write then read back, writelines, iteration
b = io.BytesIO()
t = io.TextIOWrapper(b)
t.writelines(['a\n', 'bc\n', 'd'])
print(t.write('é\n'))
t.seek(0)
print(list(t))
print(b.getvalue())

# line_buffering and write_through hand writes to the buffer
b = io.BytesIO()
t = io.TextIOWrapper(b, line_buffering=True)
t.write('no newline')
print(b.getvalue())
t.write(' now\n')
print(b.getvalue())
b = io.BytesIO()
t = io.TextIOWrapper(b, write_through=True)
t.write('through')
print(b.getvalue())
b = io.BytesIO()
t = io.TextIOWrapper(b)
t.write('held')
print(b.getvalue())
t.reconfigure(line_buffering=True)
print(b.getvalue(), t.line_buffering)
t.write('x\n')
print(b.getvalue())
t.reconfigure(newline='\r\n')
t.write('y\n')
print(b.getvalue())

# close closes the buffer; detach hands it over
b = io.BytesIO(b'data')
t = io.TextIOWrapper(b)
with t:
    print(t.read(), t.closed)
print(t.closed, b.closed)
show('read closed', t.read)
b = io.BytesIO()
t = io.TextIOWrapper(b)
t.write('pending')
d = t.detach()
print(d is b, b.getvalue(), b.closed)
show('detached write', lambda: t.write('x'))
show('detached buffer', lambda: t.buffer)
show('detached detach', t.detach)
print(repr(t))

# files opened in binary mode, wrapped
path = os.path.join(tempfile.mkdtemp(), 'f.txt')
with open(path, 'wb') as raw:
    t = io.TextIOWrapper(raw, encoding='utf-8', newline='\r\n')
    print(t.name == path, t.buffer is raw)
    t.write('first\nsecond ü\n')
    t.flush()
with open(path, 'rb') as raw:
    print(raw.read())
with open(path, 'rb') as raw:
    t = io.TextIOWrapper(raw)
    print(repr(t)[:30], t.readline() == 'first\n', t.newlines)
    print(repr(t.read()), t.newlines)
    t.close()
    print(raw.closed)
print(isinstance(open(path), io.TextIOWrapper), isinstance(open(path, 'rb'), io.TextIOWrapper) is False or True)
with open(path, encoding='utf-8') as f:
    print(f.readline(), f.newlines, f.line_buffering, f.mode)
os.remove(path)

# a user's raw stream under a buffered reader and a text layer
class Source(io.RawIOBase):
    def __init__(self, chunks):
        self.chunks = list(chunks)
    def readable(self):
        return True
    def readinto(self, b):
        if not self.chunks:
            return 0
        c = self.chunks.pop(0)
        b[:len(c)] = c
        return len(c)
    def read(self, n=-1):
        return self.chunks.pop(0) if self.chunks else b''

class Sink(io.BufferedIOBase):
    def __init__(self):
        self.parts = []
    def writable(self):
        return True
    def write(self, b):
        self.parts.append(bytes(b))
        return len(b)

t = io.TextIOWrapper(Source([b'ab\xc3', b'\xa9\ncd', b'\n']))
print(list(t))
s = Sink()
t = io.TextIOWrapper(s, encoding='utf-8')
t.write('one\n')
t.write('two\n')
print(s.parts)
t.flush()
print(s.parts)
print(isinstance(s, io.BufferedIOBase), isinstance(s, io.IOBase), issubclass(io.RawIOBase, io.IOBase))
print(isinstance(io.StringIO(), io.TextIOBase), issubclass(io.TextIOBase, io.IOBase))

class Upper(io.TextIOBase):
    def __init__(self):
        self.out = []
    def writable(self):
        return True
    def write(self, s):
        self.out.append(s.upper())
        return len(s)
u = Upper()
print('hello', 'there', file=u)
print(u.out)
