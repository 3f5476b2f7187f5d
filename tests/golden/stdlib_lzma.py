# lzma: compress output byte-identical to CPython's for presets, formats, checks and
# filter chains; incremental objects (max_length, needs_input, eof, unused_data,
# check); LZMAFile/open; filter properties; and the errors for bad input and arguments.
import hashlib
import io
import lzma
import os
import tempfile

data = b"".join(b"record %05d: lorem ipsum dolor sit amet\n" % i for i in range(4000))


def show(label, blob):
    print(label, len(blob), hashlib.sha256(blob).hexdigest()[:20])


for preset in (0, 1, 6, 9, 6 | lzma.PRESET_EXTREME):
    show("preset %d" % preset, lzma.compress(data, preset=preset))
show("alone", lzma.compress(data, format=lzma.FORMAT_ALONE))
for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    blob = lzma.compress(data, check=check)
    d = lzma.LZMADecompressor()
    show("check %d" % check, blob)
    print(d.check, d.decompress(blob) == data, d.check)
filters = [{"id": lzma.FILTER_DELTA, "dist": 4}, {"id": lzma.FILTER_X86},
           {"id": lzma.FILTER_LZMA2, "preset": 6, "dict_size": 1 << 20, "lc": 3, "nice_len": 64}]
show("xz filters", lzma.compress(data, filters=filters))
raw_filters = [{"id": lzma.FILTER_LZMA2, "preset": 1}]
raw = lzma.compress(data, format=lzma.FORMAT_RAW, filters=raw_filters)
show("raw", raw)
print(lzma.decompress(raw, format=lzma.FORMAT_RAW, filters=raw_filters) == data)
alone = lzma.compress(data, format=lzma.FORMAT_ALONE, filters=[{"id": lzma.FILTER_LZMA1, "preset": 2}])
show("alone lzma1", alone)
print(lzma.decompress(alone) == data, lzma.decompress(alone, format=lzma.FORMAT_ALONE) == data)
print(lzma.compress(b"")[:12], lzma.decompress(lzma.compress(b"")))

blob = lzma.compress(data)
c = lzma.LZMACompressor()
out = b"".join(c.compress(data[i:i + 10000]) for i in range(0, len(data), 10000)) + c.flush()
print(out == blob)
d = lzma.LZMADecompressor()
print(d.eof, d.needs_input, d.check, d.unused_data)
got = d.decompress(blob + b"TAIL", max_length=100)
print(len(got), d.eof, d.needs_input)
while not d.eof:
    got += d.decompress(b"", max_length=50000)
print(got == data, d.eof, d.needs_input, d.unused_data, d.check)
d = lzma.LZMADecompressor()
got = b"".join(d.decompress(blob[i:i + 333]) for i in range(0, len(blob), 333))
print(got == data, d.eof, d.needs_input)
for bad in (lambda: d.decompress(b"x"), lambda: c.compress(b"x"), lambda: c.flush()):
    try:
        bad()
    except (EOFError, ValueError) as e:
        print(type(e).__name__, e)

two = lzma.compress(b"one ") + lzma.compress(b"two", format=lzma.FORMAT_ALONE)
print(lzma.decompress(two), lzma.decompress(lzma.compress(b"x") + b"junk junk junk"))
for bad in (b"", b"plain", blob[:50], blob[:-3], blob[:20] + b"\xff" * 40 + blob[60:]):
    try:
        print(len(lzma.decompress(bad)))
    except lzma.LZMAError as e:
        print(type(e).__name__, e)
for bad in (lambda: lzma.LZMACompressor(format=lzma.FORMAT_RAW),
            lambda: lzma.LZMACompressor(format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32),
            lambda: lzma.LZMACompressor(preset=6, filters=raw_filters),
            lambda: lzma.LZMACompressor(format=7),
            lambda: lzma.LZMACompressor(preset=10),
            lambda: lzma.LZMACompressor(filters=[{"id": 99}]),
            lambda: lzma.LZMACompressor(filters=[{"dist": 1}]),
            lambda: lzma.LZMACompressor(filters=["x"]),
            lambda: lzma.LZMACompressor(filters=[{"id": lzma.FILTER_LZMA2, "bogus": 1}]),
            lambda: lzma.LZMACompressor(filters=[{"id": lzma.FILTER_DELTA, "dist": "x"}]),
            lambda: lzma.LZMACompressor(format=lzma.FORMAT_ALONE, filters=raw_filters),
            lambda: lzma.LZMACompressor(filters=[{"id": lzma.FILTER_DELTA}] * 5),
            lambda: lzma.LZMADecompressor(format=lzma.FORMAT_RAW),
            lambda: lzma.LZMADecompressor(filters=raw_filters),
            lambda: lzma.LZMADecompressor(format=lzma.FORMAT_RAW, memlimit=100, filters=raw_filters),
            lambda: lzma.decompress(blob, memlimit=1000)):
    try:
        bad()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
print([lzma.is_check_supported(i) for i in range(0, 16)])
print(lzma.CHECK_UNKNOWN, lzma.CHECK_ID_MAX, lzma.FILTER_LZMA1, lzma.FILTER_LZMA2, lzma.PRESET_EXTREME, lzma.MF_BT4)
props = lzma._encode_filter_properties({"id": lzma.FILTER_LZMA1, "preset": 6})
print(props, lzma._decode_filter_properties(lzma.FILTER_LZMA1, props))
print(lzma._encode_filter_properties({"id": lzma.FILTER_LZMA2, "dict_size": 1 << 22}))
print(lzma._decode_filter_properties(lzma.FILTER_DELTA, b"\x03"))
print(issubclass(lzma.LZMAError, Exception), lzma.LZMAError.__module__)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.xz")
    with lzma.open(path, "wb", preset=3) as f:
        f.write(data)
    print(open(path, "rb").read() == lzma.compress(data, preset=3))
    with lzma.LZMAFile(path) as f:
        print(f.readline(), f.read(10), f.tell(), f.seek(-8, 2), f.read(), f.seek(40), f.read(6))
    with lzma.open(path, "ab", format=lzma.FORMAT_ALONE) as f:
        f.write(b"tail\n")
    with lzma.open(path) as f:
        lines = f.readlines()
        print(len(lines), lines[-2:])
    with lzma.open(path, "wt", check=lzma.CHECK_NONE) as f:
        f.write("ünïcode\nline two\n")
    with lzma.open(path, "rt") as f:
        print([line for line in f])
    with open(path, "wb") as f:
        f.write(lzma.compress(b"truncated data")[:-10])
    try:
        with lzma.open(path) as f:
            f.read()
    except (EOFError, lzma.LZMAError) as e:
        print(type(e).__name__, e)
for bad in (lambda: lzma.LZMAFile(io.BytesIO(), "r", check=lzma.CHECK_CRC32),
            lambda: lzma.LZMAFile(io.BytesIO(), "r", preset=1),
            lambda: lzma.LZMAFile(io.BytesIO(), "q"),
            lambda: lzma.LZMAFile(io.BytesIO(b"garbage data")).read(),
            lambda: lzma.open(io.BytesIO(), "wb", newline="\n")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
