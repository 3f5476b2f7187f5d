# io.StringIO and io.BytesIO: writing, reading by size and line, seek/tell/truncate,
# iteration, `with`, closed-stream errors; IOBase as a base for user streams.
import io

s = io.StringIO()
print(s.write("héllo\n"), s.write("wörld\nend"), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.read(3)), repr(s.readline()), repr(s.readline(2)), s.readlines(), repr(s.read()))
s.seek(2); s.write("XY"); print(repr(s.getvalue()), s.tell())
print(s.seek(0, 2), s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(10); s.write("!"); print(repr(s.getvalue()))
print([line for line in io.StringIO("a\nb\n\nc")], io.StringIO("init").read(2), io.StringIO(None).getvalue() == "")
print(s.readable(), s.writable(), s.seekable(), s.closed, isinstance(s, io.IOBase))
for f in (lambda: s.write(5), lambda: s.seek(1, 1), lambda: s.seek(-1), lambda: io.StringIO(b"x"), lambda: s.seek(0, 5)):
    try:
        f()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
with io.StringIO() as w:
    print("a", 1, sep="-", end="!", file=w)
    print(file=w)
    print(repr(w.getvalue()))
print(w.closed)
try:
    w.getvalue()
except ValueError as e:
    print("ValueError", e)

b = io.BytesIO(b"12\n34\n")
print(b.read(1), b.readline(), b.read(), b.read(), b.tell())
b.seek(-2, 2); print(b.read(), b.seek(0), b.readlines())
print(b.write(bytearray(b"AB")), b.write(memoryview(b"C")), b.getvalue(), b.seek(3, 1), b.tell())
buf = bytearray(4)
b.seek(0); print(b.readinto(buf), buf, b.read1(10), list(io.BytesIO(b"x\ny")))
b.seek(9); b.write(b"Z"); print(b.getvalue(), b.truncate(3), b.getvalue())
for f in (lambda: b.write("str"), lambda: b.seek(-1), lambda: b.readinto(b"ro")):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
b.close()
try:
    b.read()
except ValueError as e:
    print("ValueError", e)

class Upper(io.IOBase):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)
u = Upper()
print("x", "y", file=u)
u.writelines(["a", "b"])
print(u.parts, u.closed, u.readable())
u.close()
print(u.closed)
