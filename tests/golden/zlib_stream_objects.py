# zlib.compressobj / zlib.decompressobj: incremental compression in zlib, gzip and raw formats, flush modes, decompress with max_length (unconsumed_tail), unused_data after the end, eof, flush, zdict, copy(), and CPython's errors
import copy
import zlib

data = b"".join(b"line %d of some repetitive text\n" % i for i in range(400))


def compress_in_pieces(wbits, **kw):
    c = zlib.compressobj(wbits=wbits, **kw)
    parts = [c.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
    parts.append(c.flush())
    return b"".join(parts)


for wbits in (15, 31, -15, 9, 25, -9):
    packed = compress_in_pieces(wbits)
    whole = zlib.compress(data, wbits=wbits)
    print(wbits, packed == whole, zlib.decompress(packed, wbits) == data)
    d = zlib.decompressobj(wbits)
    out = b"".join(d.decompress(packed[i:i + 7]) for i in range(0, len(packed), 7))
    print(" ", out == data, d.eof, d.unused_data, d.unconsumed_tail, d.flush())

print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__module__)
auto = zlib.decompressobj(47)
print(auto.decompress(zlib.compress(b"gzip or zlib", wbits=31)), auto.eof)

# max_length: output in slices, the rest of the input kept in unconsumed_tail
packed = zlib.compress(data)
d = zlib.decompressobj()
chunks = []
buf = packed
while not d.eof:
    chunk = d.decompress(buf, 4096)
    chunks.append(len(chunk))
    buf = d.unconsumed_tail
print(chunks, b"".join([]) == b"", len(d.unconsumed_tail))
d = zlib.decompressobj()
first = d.decompress(packed, 100)
print(len(first), len(d.unconsumed_tail) > 0, d.eof)
rest = d.flush()
print(first + rest == data, d.eof, d.unconsumed_tail)

# bytes after the end of the stream
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b"abc") + b"TRAILING"), d.unused_data, d.eof)
print(d.decompress(b"more"), d.unused_data)

# flush modes of Compress
c = zlib.compressobj(9)
a = c.compress(b"hello ")
b = c.flush(zlib.Z_SYNC_FLUSH)
print(len(a), b[-4:], c.flush(zlib.Z_NO_FLUSH))
c.compress(b"world")
full = a + b + c.flush(zlib.Z_FULL_FLUSH) + c.flush()
print(zlib.decompress(full))

# partial input: decompress without the end, then flush
d = zlib.decompressobj()
part = d.decompress(packed[:50])
part += d.flush()
print(len(part) > 0, data.startswith(part), d.eof)

# copy() mid-stream: both finish the same way
c = zlib.compressobj()
head = c.compress(data[:5000])
c2 = c.copy()
c3 = copy.copy(c)
tail1 = c.compress(data[5000:]) + c.flush()
tail2 = c2.compress(data[5000:]) + c2.flush()
print(tail1 == tail2, zlib.decompress(head + c3.compress(b"") + c3.flush()) == data[:5000])
d = zlib.decompressobj()
head = d.decompress(packed[:300])
d2 = copy.deepcopy(d, {})
print(head + d.decompress(packed[300:]) == data, head + d2.decompress(packed[300:]) == data)

# zdict
zdict = b"repetitive text line of some"
c = zlib.compressobj(zdict=zdict)
with_dict = c.compress(data) + c.flush()
print(len(with_dict) <= len(packed), zlib.decompressobj(zdict=zdict).decompress(with_dict) == data)
try:
    zlib.decompressobj().decompress(with_dict)
except zlib.error as e:
    print("error:", e)
raw = zlib.compressobj(wbits=-15, zdict=zdict)
raw_packed = raw.compress(b"some repetitive text") + raw.flush()
print(zlib.decompressobj(-15, zdict=zdict).decompress(raw_packed))

# errors, as CPython's
c = zlib.compressobj()
c.flush()
for f in (lambda: c.compress(b"x"), lambda: c.flush(), c.copy,
          lambda: zlib.decompressobj().decompress(b"garbage"),
          lambda: zlib.decompressobj().decompress(b"", -1), lambda: zlib.decompressobj().flush(0),
          lambda: zlib.decompressobj(wbits=99), lambda: zlib.compressobj(level=99),
          lambda: zlib.decompressobj(zdict=5), lambda: type(c)(), lambda: zlib.compressobj().compress("text")):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
d = zlib.decompressobj()
d.decompress(zlib.compress(b"x"))
d.flush()
try:
    d.copy()
except ValueError as e:
    print("copy after flush:", e)
try:
    d.decompress(b"x")
except zlib.error as e:
    print("after flush:", e)

# argument errors
c = zlib.compressobj()
d = zlib.decompressobj()
for f in (lambda: c.compress(), lambda: c.flush(1, 2), lambda: d.decompress(), lambda: d.decompress(b"", max_length=3),
          lambda: d.flush(1, 2), lambda: c.copy(1), lambda: c.__deepcopy__(), lambda: zlib.compressobj(1, 2, 3, 4, 5, 6, 7),
          lambda: zlib.decompressobj(wbits="x"), lambda: c.compress(data=b"")):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
