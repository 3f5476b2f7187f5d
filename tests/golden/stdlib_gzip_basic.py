# gzip: compress/decompress in one shot (byte-identical with a fixed mtime), GzipFile
# writing and reading files, multi-member files, text mode, and the error texts.
import gzip
import io
import os
import tempfile
import zlib

data = b'The quick brown fox jumps over the lazy dog.\n' * 50
for level in (0, 1, 6, 9):
    blob = gzip.compress(data, compresslevel=level, mtime=1234567890)
    print(level, len(blob), blob[:10].hex(), zlib.crc32(blob), gzip.decompress(blob) == data)
print(gzip.compress(b'', mtime=0).hex())
print(gzip.compress(b'abc', mtime=0) == zlib.compress(b'abc', 9, 31))
print(len(gzip.compress(data)) == len(gzip.compress(data, mtime=5)))
print(gzip.decompress(gzip.compress(b'one', mtime=1) + b'\0\0' + gzip.compress(b'two', mtime=1)))
print(gzip.decompress(b''), gzip.decompress(bytearray(gzip.compress(b'ba', mtime=3))))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'notes.txt.gz')
    with gzip.GzipFile(path, 'wb', mtime=1000) as f:
        print(f.mode == gzip.WRITE, f.name == path, f.writable(), f.readable())
        print(f.write(b'line one\n'), f.write(memoryview(b'line two\nline three')), f.write(b''))
        print(f.tell())
    with open(path, 'rb') as raw:
        blob = raw.read()
    print(blob[:24], zlib.crc32(blob), len(blob))
    with gzip.open(path) as f:
        print(f.read(4), f.read1(5), f.peek(3)[:3], f.readline(), f.readline(3), f.readline(), f.readline())
        print(f.mtime, f.tell(), f.seek(5), f.read(3), f.seek(-3, 1), f.read())
        f.rewind()
        print(list(f))
    print(f.closed)
    with gzip.open(path, 'ab', compresslevel=1) as f:
        f.write(b'\nappended')
    with gzip.open(path, 'rb') as f:
        print(f.readlines())
    tpath = os.path.join(d, 'text.gz')
    with gzip.open(tpath, 'wt', encoding='utf-8') as f:
        f.write('héllo\nwörld\n')
    with gzip.open(tpath, 'rt', encoding='utf-8') as f:
        print(f.read())
    with gzip.open(tpath, 'rt') as f:
        print([line for line in f])
    for nl in (None, '', '\n', '\r', '\r\n'):
        with gzip.open(tpath, 'wt', newline=nl) as f:
            print(f.write('a\nb\r\nc\rd\n'), end=' ')
        with gzip.open(tpath, 'rb') as f:
            raw = f.read()
        for rnl in (None, '', '\n', '\r', '\r\n'):
            with gzip.open(tpath, 'rt', newline=rnl) as f:
                print(repr(nl), repr(rnl), raw, f.readlines())
    with gzip.open(tpath, 'rt') as f:
        print(repr(f.readline(1)), repr(f.read(3)), repr(f.read()))
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode='wb', mtime=7) as f:
        f.write(b'in memory')
    print(buf.getvalue().hex())
    print(gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue())).read())

    def show(f):
        try:
            print(f())
        except (OSError, EOFError, ValueError, TypeError) as e:
            print(type(e).__name__, e)

    good = gzip.compress(b'payload data', mtime=1)
    show(lambda: gzip.decompress(b'not gzip at all'))
    show(lambda: gzip.decompress(b'\x1f'))
    show(lambda: gzip.decompress(good[:15]))
    show(lambda: gzip.decompress(good[:-4]))
    show(lambda: gzip.decompress(good[:-8] + b'\0\0\0\0' + good[-4:]))
    show(lambda: gzip.decompress(good[:-4] + b'\x05\0\0\0'))
    show(lambda: gzip.decompress(good[:2] + b'\x07' + good[3:]))
    show(lambda: gzip.GzipFile(fileobj=io.BytesIO(good[:-8] + b'\1\2\3\4' + good[-4:])).read())
    show(lambda: issubclass(gzip.BadGzipFile, OSError))
    ro = gzip.GzipFile(fileobj=io.BytesIO(good))
    show(lambda: ro.write(b'x'))
    wo = gzip.GzipFile(fileobj=io.BytesIO(), mode='wb')
    show(lambda: wo.read())
    wo.close()
    show(lambda: wo.write(b'x'))
    show(lambda: gzip.open(path, 'rbt'))
    show(lambda: gzip.open(path, 'rb', encoding='utf-8'))
    show(lambda: gzip.open(3.5))
    show(lambda: gzip.GzipFile(path, 'z'))
    show(lambda: gzip.GzipFile(path, 'rt'))
gzip.decompress(b'\x1f\x8b\x09' + bytes(7))
