# open()'s binary files are CPython's io classes: FileIO, BufferedReader/Writer/Random,
# with their reprs, bases, methods, positions and error texts; a text file's .buffer/.raw
import io
import os
import sys
import tempfile

os.chdir(tempfile.mkdtemp())


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


with open("x.bin", "wb") as f:
    print(type(f).__name__, repr(f), f.mode, f.name, repr(f.raw))
    print(f.write(b"hello\nworld\n"), f.write(bytearray(b"abc")), f.write(memoryview(b"def\n")))
    f.writelines([b"line4\n", b"end"])
    print(f.tell(), f.writable(), f.readable(), f.seekable(), f.isatty(), f.fileno() > 2)
    print(isinstance(f, io.BufferedIOBase), isinstance(f, io.IOBase), isinstance(f, io.RawIOBase),
          isinstance(f.raw, io.RawIOBase), isinstance(f, io.BufferedWriter), type(f) is io.BufferedWriter)
    for name in ("read", "read1", "readline", "readinto"):
        attempt(name, lambda: getattr(f, name)(bytearray(2)) if name == "readinto" else getattr(f, name)())
    attempt("peek", lambda: f.peek())
print(f.closed, f.raw.closed, repr(f), repr(f.raw))
for name in ("write", "flush", "seek", "tell", "truncate", "fileno", "readable", "detach"):
    attempt(name, lambda: f.write(b"x") if name == "write" else f.seek(0) if name == "seek" else getattr(f, name)())

with open("x.bin", "rb") as f:
    print(type(f).__name__, repr(f), f.mode, type(f) is io.BufferedReader)
    print(f.read(3), f.read1(2), f.peek(1)[:4], f.readline(), f.tell())
    b = bytearray(4)
    print(f.readinto(b), b, f.readinto1(b), b, f.tell())
    print(f.readline(3), f.readline(), f.readlines())
    print(f.read(), f.read(5), f.read1(), f.tell())
    print(f.seek(-4, 2), f.read(), f.seek(2), f.seek(3, 1), f.read(4))
    f.seek(0)
    print(list(f)[:2], f.read(-1))
    for name in ("write", "truncate", "flush", "readable", "writable"):
        attempt(name, lambda: f.write(b"x") if name == "write" else getattr(f, name)())
    attempt("seek whence", lambda: f.seek(0, 5))
    attempt("seek negative", lambda: f.seek(-1))
    attempt("encoding", lambda: f.encoding)
for name in ("read", "read1", "readline", "peek", "readinto", "seek", "tell", "flush", "detach", "truncate",
             "fileno", "isatty", "readable", "writable", "seekable", "next"):
    attempt(name, lambda: next(f) if name == "next" else f.readinto(bytearray(1)) if name == "readinto"
            else f.seek(0) if name == "seek" else getattr(f, name)())
print(f.name, f.mode, f.closed, repr(f))

# BufferedRandom: interleaved reads, writes and seeks give CPython's file contents
with open("r.bin", "w+b") as f:
    print(type(f).__name__, f.mode, f.raw.mode)
    f.write(b"0123456789")
    f.seek(2)
    print(f.read(3), f.tell())
    f.write(b"AB")
    print(f.tell(), f.read(2), f.tell())
    f.seek(-1, 2)
    f.write(b"Z")
    f.seek(0)
    print(f.read())
    f.seek(4)
    f.write(b"__")
    print(f.peek(1)[:3], f.read1(3))
    print(f.truncate(8), f.tell())
    f.seek(0, 2)
    print(f.tell())
with open("r.bin", "rb") as f:
    print(f.read())
with open("r.bin", "r+b") as f:
    print(f.read(2), f.write(b"xy"), f.read(), f.tell())
    f.seek(1)
    f.write(b"Q")
    print(f.read(1))
with open("r.bin", "a+b") as f:
    print(repr(f), f.mode, f.tell())
    f.write(b"!")
    f.seek(0)
    print(f.read())
with open("r.bin", "ab") as f:
    print(f.mode, f.tell(), f.write(b"?"))
with open("r.bin", "rb") as f:
    print(f.read())

# buffering=0 and io.FileIO
with open("r.bin", "rb", buffering=0) as f:
    print(type(f).__name__, repr(f), f.read(3), f.readall(), f.read(), f.closefd)
    print(isinstance(f, io.RawIOBase), isinstance(f, io.BufferedIOBase), hasattr(f, "read1"), hasattr(f, "raw"))
    attempt("write", lambda: f.write(b"x"))
    attempt("truncate", lambda: f.truncate())
print(repr(f))
for name in ("read", "write", "seek", "tell", "flush", "fileno", "readable"):
    attempt(name, lambda: f.write(b"x") if name == "write" else f.seek(0) if name == "seek" else getattr(f, name)())
attempt("text unbuffered", lambda: open("r.bin", "r", buffering=0))
raw = io.FileIO("f.bin", "w")
print(repr(raw), raw.write(b"raw data\n"), raw.mode, raw.name)
attempt("read", lambda: raw.read())
attempt("readinto", lambda: raw.readinto(bytearray(2)))
raw.close()
with io.FileIO("f.bin") as raw:
    print(raw.mode, raw.read(), raw.seekable())
fd = os.open("f.bin", os.O_RDONLY)
raw = io.FileIO(fd, closefd=False)
print(repr(raw).replace(str(fd), "FD"), raw.read(3))
raw.close()
print(os.read(fd, 3))
os.close(fd)
with io.FileIO("f.bin", "r+") as raw:
    print(raw.mode, raw.read(4), raw.write(b"DATA"), raw.seek(0), raw.read())
opened = []


def opener(path, flags):
    opened.append(path)
    return os.open(path, flags)


with io.FileIO("f.bin", "rb", opener=opener) as raw:
    print(opened, raw.read(3))
with open("f.bin", "rb", opener=opener) as f:
    print(repr(f), f.read(3), len(opened))
for mode in ("rt", "rw", "r++", ""):
    attempt("FileIO " + repr(mode), lambda: io.FileIO("f.bin", mode))
attempt("FileIO -1", lambda: io.FileIO(-1))
attempt("FileIO missing", lambda: io.FileIO("missing.bin"))
with io.FileIO("x.bin", "xb") if not os.path.exists("x.bin") else io.FileIO("y.bin", "xb") as raw:
    print(raw.mode)

# a text file's layers
with open("t.txt", "w+") as t:
    print(type(t.buffer).__name__, repr(t.buffer), repr(t.buffer.raw), t.buffer.mode, t.buffer.raw.mode)
    print(isinstance(t, io.TextIOBase), isinstance(t.buffer, io.BufferedRandom), t.buffer.raw.closefd)
    t.write("text\n")
    t.flush()
    t.buffer.write(b"bytes\n")
    t.seek(0)
    print(t.read())
print(t.closed, t.buffer.closed, t.buffer.raw.closed)
with open("t.txt") as t:
    print(type(t.buffer).__name__, t.buffer.read(4), type(t.buffer.raw).__name__)
with open("t.txt", "a") as t:
    print(type(t.buffer).__name__, t.buffer.mode, t.buffer.raw.mode)
print(type(sys.stdin.buffer).__name__, isinstance(sys.stdin.buffer, io.BufferedIOBase), type(sys.stdin.buffer.raw).__name__)

# detach
f = open("t.txt", "rb")
raw = f.detach()
print(repr(raw), repr(f), raw.read(4))
for name in ("read", "name", "closed", "raw", "fileno", "close"):
    attempt(name, lambda: getattr(f, name) if name in ("name", "closed", "raw") else getattr(f, name)())
raw.close()
t = open("t.txt", "rb")
text = io.TextIOWrapper(t)
print(text.buffer is t, text.readline(), type(text.detach()).__name__)
t.close()

# the classes
print(io.open is open, [c.__name__ for c in (io.FileIO, io.BufferedWriter, io.TextIOWrapper)], io.BufferedRandom)
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BufferedRandom, io.BufferedIOBase),
      issubclass(io.BufferedRandom, io.BufferedReader), issubclass(io.TextIOWrapper, io.TextIOBase))
