# io.BufferedReader/Writer/Random and BufferedRWPair over a user's RawIOBase, a BytesIO
# and a FileIO: the raw calls made, positions, interleaved reads and writes, detach,
# RawIOBase.read/readall over readinto, errors
import io
import os
import tempfile

os.chdir(tempfile.mkdtemp())


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


class Chunks(io.RawIOBase):
    """A raw stream that hands out at most 5 bytes per readinto."""

    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.calls = []

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos, 5)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        self.calls.append(len(b))
        return n


r = Chunks(b"abcdefghijklmnopqrstuvwxyz\nline2\n")
print(r.read(3), r.read(), r.calls[:3])
print(Chunks(b"xyz" * 4).readall())
attempt("seek", lambda: r.seek(0))
attempt("tell", lambda: r.tell())
attempt("truncate", lambda: r.truncate())
b = io.BufferedReader(Chunks(b"abcdefghijklmnopqrstuvwxyz\nline2\n"), 8)
print(b.read(3), b.readline(), b.raw.calls, b.peek()[:2], b.read1(1), b.readlines())
print(repr(b), type(b).__name__, isinstance(b, io.BufferedIOBase), b.readable(), b.writable())
attempt("write", lambda: b.write(b"x"))
attempt("fileno", lambda: b.fileno())

# BufferedRandom over BytesIO: the contents CPython gives
raw = io.BytesIO(b"0123456789")
f = io.BufferedRandom(raw, 4)
print(f.read(3), f.tell(), f.write(b"AB"), f.tell(), f.read(2), f.tell())
f.seek(-1, 2)
f.write(b"Z")
print(raw.getvalue(), f.tell())
f.flush()
print(raw.getvalue(), f.seek(0), f.read())
f.seek(8)
f.write(b"_")
print(f.peek()[:1], f.read1(5), f.seek(0, 1), f.truncate(4), raw.getvalue())
print(f.readable(), f.writable(), f.seekable(), repr(f))
attempt("seek whence", lambda: f.seek(0, 7))
d = f.detach()
print(d is raw, repr(f))
for name in ("read", "write", "tell", "closed", "raw", "readable", "fileno", "flush"):
    attempt(name, lambda: getattr(f, name) if name in ("closed", "raw") else f.write(b"x") if name == "write"
            else getattr(f, name)())

# over FileIO
with io.BufferedWriter(io.FileIO("w.bin", "w"), 4) as w:
    print(w.write(b"ab"), os.path.getsize("w.bin"), w.write(b"cdef"), os.path.getsize("w.bin"), repr(w))
    print(w.raw.mode, w.tell())
with io.BufferedRandom(io.FileIO("w.bin", "r+")) as f:
    print(f.read(2), f.write(b"XY"), f.read(), f.tell())
    f.seek(0)
    print(f.read())
print(f.closed, f.raw.closed, repr(f))
for name in ("read", "write", "seek", "flush", "peek"):
    attempt(name, lambda: f.write(b"x") if name == "write" else f.seek(0) if name == "seek" else getattr(f, name)())
attempt("not seekable", lambda: io.BufferedRandom(Chunks(b"")))
attempt("not writable", lambda: io.BufferedWriter(Chunks(b"")))
attempt("buffer size", lambda: io.BufferedReader(Chunks(b""), -1))

# a text layer over a user's buffered stream
t = io.TextIOWrapper(io.BufferedReader(Chunks("héllo\nwörld\n".encode())), encoding="utf-8")
print(t.readline(), t.read(), t.buffer.raw.calls[:2])


class Tagged(io.BufferedReader):
    def read(self, n=-1):
        return b"<" + super().read(n) + b">"


tg = Tagged(io.BytesIO(b"payload"))
print(tg.read(3), tg.read(), type(tg).__name__, isinstance(tg, io.BufferedReader))

# BufferedRWPair
pair = io.BufferedRWPair(io.BytesIO(b"abc\ndef"), io.BytesIO())
print(pair.read(2), pair.peek(1), pair.readline(), pair.read1(2), pair.write(b"xy"))
print(pair.readable(), pair.writable(), pair.seekable(), pair.closed, pair.isatty(), isinstance(pair, io.BufferedIOBase))
attempt("seek", lambda: pair.seek(0))
pair.close()
print(pair.closed)
attempt("read", lambda: pair.read())
attempt("write", lambda: pair.write(b"x"))
rfd, wfd = os.pipe()
pair = io.BufferedRWPair(io.FileIO(rfd, "r"), io.FileIO(wfd, "w"))
pair.write(b"through the pipe\n")
pair.flush()
print(pair.readline())
pair.close()
