# io.BufferedWriter/BufferedReader over raw streams: flushing policy, read/read1/peek/readline, errors, close
import io

raw = io.BytesIO()
w = io.BufferedWriter(raw, 8)
print(w.write(b"foobar"), raw.getvalue())
w.write(b"foobar")
print(raw.getvalue())
w.write(b"0123456789abc")
print(raw.getvalue())
w.write(bytearray(b"xy"))
w.write(memoryview(b"z"))
print(raw.getvalue())
w.flush()
print(raw.getvalue(), w.raw is raw, w.writable(), w.readable(), w.seekable(), w.closed)
print(repr(w), isinstance(w, io.IOBase), io.DEFAULT_BUFFER_SIZE)
w.write(b"tail")
w.close()
print(w.closed, raw.closed)
for bad in (lambda: w.write(b"x"), lambda: w.flush()):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
w.close()

with io.BufferedWriter(io.BytesIO()) as w2:
    try:
        w2.write("text")
    except TypeError as e:
        print("TypeError:", e)
print(w2.closed)
try:
    io.BufferedWriter(io.BytesIO(), 0)
except ValueError as e:
    print("ValueError:", e)


class Sink(io.IOBase):
    def __init__(self):
        self.calls = []

    def writable(self):
        return True

    def write(self, b):
        self.calls.append(bytes(b[:3]))
        return min(len(b), 3)


sink = Sink()
w = io.BufferedWriter(sink, 4)
w.write(b"abcdefghij")
print(sink.calls)
w.write(b"kl")
w.flush()
print(sink.calls)


class ReadOnly(io.IOBase):
    def readable(self):
        return True


for cls, kind in ((io.BufferedWriter, ReadOnly), (io.BufferedReader, Sink)):
    try:
        cls(kind())
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))

r = io.BufferedReader(io.BytesIO(b"hello world\nsecond line\nthird\n"), 4)
print(r.read(3), r.peek(1)[:1], r.readline(), r.readline(5), r.read1(2))
print(r.readline(), r.readline(), r.read(), r.read(5), r.readable(), r.writable())
r = io.BufferedReader(io.BytesIO(b"a\nbb\nccc"))
print(list(r))
r = io.BufferedReader(io.BytesIO(b"x\ny\n"))
print(r.readlines(), r.read(0), r.read(-1))
with io.BufferedReader(io.BytesIO(b"data")) as r:
    print(r.read(), repr(r))
print(r.closed)
try:
    r.read()
except ValueError as e:
    print("ValueError:", e)
try:
    io.BufferedReader(io.BytesIO(b"1")).read(-2)
except ValueError as e:
    print("ValueError:", e)
