# bz2: one-shot and incremental (de)compression with max_length/needs_input/eof/
# unused_data, BZ2File/open in binary and text modes, concatenated streams, and the
# errors for corrupt, truncated and misused input.
import bz2
import hashlib
import io
import os
import tempfile

data = b"".join(b"line %d: the quick brown fox\n" % i for i in range(3000))
for level in (1, 5, 9):
    blob = bz2.compress(data, level)
    print(level, len(blob), hashlib.sha256(blob).hexdigest()[:20], bz2.decompress(blob) == data)
print(bz2.compress(b""), bz2.decompress(b""))

c = bz2.BZ2Compressor()
parts = [c.compress(data[i:i + 7000]) for i in range(0, len(data), 7000)]
blob = b"".join(parts) + c.flush()
print([len(p) for p in parts], len(blob), blob == bz2.compress(data))
for bad in (lambda: c.compress(b"x"), lambda: c.flush(), lambda: bz2.BZ2Compressor(0), lambda: bz2.BZ2Compressor(10)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)

d = bz2.BZ2Decompressor()
print(d.eof, d.needs_input, d.unused_data)
got = d.decompress(blob[:100], max_length=10)
print(len(got), d.eof, d.needs_input)
got += d.decompress(b"", max_length=1000)
print(len(got), d.needs_input)
pos = 100
while not d.eof:
    got += d.decompress(blob[pos:pos + 5000] + (b"TRAILER" if pos + 5000 >= len(blob) else b""), 20000)
    pos += 5000
    while not d.needs_input and not d.eof:
        got += d.decompress(b"", 20000)
print(got == data, d.eof, d.needs_input, d.unused_data)
try:
    d.decompress(b"more")
except EOFError as e:
    print(type(e).__name__, e)

two = bz2.compress(b"first ") + bz2.compress(b"second")
print(bz2.decompress(two), bz2.decompress(two + b"garbage!"))
for bad in (b"not bzip2 at all", blob[:len(blob) // 2], blob[:-1], b"BZh9" + b"\x00" * 40):
    try:
        print(len(bz2.decompress(bad)))
    except (OSError, ValueError, EOFError) as e:
        print(type(e).__name__, e)
try:
    bz2.BZ2Decompressor().decompress(b"BZh0")
except OSError as e:
    print(type(e).__name__, e)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.bz2")
    with bz2.BZ2File(path, "w", compresslevel=6) as f:
        print(f.write(data[:50000]), f.write(bytearray(data[50000:])), f.tell(), f.writable(), f.readable())
    raw = open(path, "rb").read()
    print(len(raw), raw == bz2.compress(data, 6))
    with bz2.open(path) as f:
        print(f.readline(), f.readline(5), f.tell())
        print(f.read(30), f.peek(1)[:1], f.tell())
        print(f.seek(0), f.read(10), f.seek(-10, 2), f.read(), f.tell())
        print(f.seek(100), f.seek(5, 1), f.read(4), f.seekable())
        f.seek(0)
        print(len(f.read()), f.read(), f.read(10))
        f.seek(0)
        lines = list(f)
        print(len(lines), lines[-1])
        f.seek(0)
        print(len(f.readlines(100)), len(f.read1()), f.readinto(bytearray(3)))
    with bz2.open(path, "ab") as f:
        f.write(b"appended\n")
    with bz2.open(path, "rb") as f:
        print(f.read()[-30:])
    with bz2.open(path, "wt", encoding="utf-8", newline="\r\n") as f:
        print(f.write("héllo\nwörld\n"))
    with bz2.open(path, "rt", encoding="utf-8", newline="") as f:
        print(repr(f.read()))
    with bz2.open(path, "rt", encoding="utf-8") as f:
        print(f.readlines())
    try:
        bz2.open(path, "xb")
    except FileExistsError as e:
        print(type(e).__name__)
    with open(path, "wb") as f:
        f.write(bz2.compress(b"abc")[:-5])
    with bz2.open(path) as f:
        try:
            f.read()
        except EOFError as e:
            print(type(e).__name__, e)
    with open(path, "wb") as f:
        f.write(b"plain text, not compressed")
    try:
        with bz2.open(path) as f:
            f.read()
    except OSError as e:
        print(type(e).__name__, e)

buf = io.BytesIO()
with bz2.BZ2File(buf, "w") as f:
    f.write(b"to a file object")
print(bz2.decompress(buf.getvalue()), buf.closed)
buf.seek(0)
f = bz2.BZ2File(buf)
print(f.read(2), f.closed)
f.close()
print(f.closed)
for bad in (lambda: f.read(), lambda: f.tell(), lambda: bz2.BZ2File(io.BytesIO(), "w").read(),
            lambda: bz2.BZ2File(io.BytesIO()).write(b"x"), lambda: bz2.BZ2File(io.BytesIO(), "w").seek(0),
            lambda: bz2.BZ2File(123), lambda: bz2.BZ2File("x", "rw"), lambda: bz2.open("x", "rtb"),
            lambda: bz2.open("x", "rb", encoding="utf-8"), lambda: bz2.BZ2File("x", compresslevel=0)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
