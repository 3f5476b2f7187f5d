# zlib: compress/decompress round trips (zlib, raw deflate, gzip, auto), checksums, errors
import zlib
data = b"hello hello hello hello, zlib! " * 20 + bytes(range(256))
for wbits in (15, 9, -15, -9, 31, 25):
    packed = zlib.compress(data, 6, wbits)
    print(wbits, len(packed), zlib.decompress(packed, wbits) == data)
packed = zlib.compress(data)
print(packed[:2], zlib.decompress(packed, 47) == data, zlib.decompress(zlib.compress(data, wbits=31), 47) == data)
print(zlib.decompress(packed, bufsize=1) == data, zlib.decompress(bytearray(packed)) == data)
print(zlib.decompress(packed + b"trailing") == data)
for level in range(-1, 10):
    print(level, zlib.decompress(zlib.compress(data, level)) == data, end="; ")
print()
print(zlib.compress(b""), zlib.decompress(zlib.compress(b"")))
print(zlib.crc32(b""), zlib.crc32(b"hello"), zlib.crc32(b" world", zlib.crc32(b"hello")), zlib.crc32(b"hello world"))
print(zlib.adler32(b""), zlib.adler32(b"hello"), zlib.adler32(b" world", zlib.adler32(b"hello")), zlib.adler32(b"hello world"))
print(zlib.crc32(b"x", -1), zlib.crc32(b"x", 2**40 + 5), zlib.adler32(memoryview(b"abc")))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_SPEED,
      zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_FILTERED)
print(issubclass(zlib.error, Exception), zlib.error.__module__, zlib.error.__name__)
for bad in [lambda: zlib.decompress(b"not compressed"), lambda: zlib.decompress(packed[:-5]),
            lambda: zlib.decompress(packed, -15), lambda: zlib.compress(data, 10),
            lambda: zlib.decompress(packed, 99), lambda: zlib.decompress(b""),
            lambda: zlib.compress("text"), lambda: zlib.crc32("text"),
            lambda: zlib.decompress(packed, bufsize=-1)]:
    try:
        bad()
    except (zlib.error, TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
