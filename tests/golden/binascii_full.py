# binascii: every function of CPython 3.11's module, with its edge cases and error texts.
import binascii


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


# hexlify / b2a_hex with separators; bytes.hex shares the code
data = b"\xb9\x01\xef\x00\x7f"
show(binascii.hexlify, data)
show(binascii.hexlify, data, ":")
show(binascii.b2a_hex, data, b"_", 2)
show(binascii.hexlify, data, "-", -2)
show(binascii.hexlify, data, " ", 0)
show(binascii.hexlify, data, "\xe9")          # a Latin-1 separator in a bytes result
show(data.hex, "\xe9")                         # but not in a str
show(binascii.hexlify, data, "xx")
show(binascii.hexlify, data, 3)
show(binascii.hexlify, data, bytearray(b":"))
show(binascii.hexlify, data, ":", 2 ** 40)
show(binascii.hexlify, data, ":", 1.5)
show(binascii.hexlify, data, sep="|", bytes_per_sep=3)
show(binascii.hexlify, b"", ":")
show(binascii.hexlify, "text")
show(data.hex, ":", 2)
show(bytearray(data).hex, ".", -3)
show(memoryview(data).hex, "/")
show(data.hex, "\u20ac")
show(binascii.unhexlify, "b901EF")
show(binascii.a2b_hex, b"abc")
show(binascii.a2b_hex, b"zz")

# crc32 and crc_hqx
show(binascii.crc32, b"hello world")
show(binascii.crc32, b"world", binascii.crc32(b"hello "))
show(binascii.crc32, b"x", -1)
show(binascii.crc_hqx, b"hello", 0)
show(binascii.crc_hqx, b"hello", 0x1FFFF)
show(binascii.crc_hqx, b"", 0x1234)
show(binascii.crc_hqx, b"a", 2 ** 40)
show(binascii.crc_hqx, b"a", -1)
show(binascii.crc_hqx, b"a", "x")

# uuencode
for chunk in [b"", b"h", b"hi", b"hello world", bytes(range(45))]:
    line = binascii.b2a_uu(chunk)
    print(repr(line), binascii.a2b_uu(line) == chunk)
show(binascii.b2a_uu, b"\x00\x00\x00", backtick=True)
show(binascii.b2a_uu, b"", backtick=True)
show(binascii.b2a_uu, b"x" * 46)
show(binascii.b2a_uu, b"x", backtick=[])
show(binascii.a2b_uu, b"")
show(binascii.a2b_uu, b" \n")
show(binascii.a2b_uu, "%:&5L;&\\")             # short line: missing characters read as zero
show(binascii.a2b_uu, b"!!!!!!!!!!\n")
show(binascii.a2b_uu, b"!!!  ``\r\n")
show(binascii.a2b_uu, b"#\x01\x02\x03\x04")
show(binascii.a2b_uu, "\xe9")

# quoted-printable
samples = [
    b"h\xe9llo = world\t\n",
    b"plain text\n",
    b"trailing space \nand tab\t\r\nend",
    b"." ,
    b".\nx",
    b"a" * 80,
    b"=" * 30,
    b"under_score and space",
    b"\x00\x01\x7f\xff",
    b"line1\r\nline2\nline3",
    b"x" * 75 + b"\n" + b"y" * 76,
]
for s in samples:
    enc = [binascii.b2a_qp(s), binascii.b2a_qp(s, quotetabs=True), binascii.b2a_qp(s, istext=False),
           binascii.b2a_qp(s, header=True)]
    for e in enc:
        print(repr(e))
    print(binascii.a2b_qp(enc[0]) == s.replace(b"\r\n", b"\n") or binascii.a2b_qp(enc[0]), binascii.a2b_qp(enc[3], header=True) == s)
show(binascii.a2b_qp, b"h=E9llo=\nx_y", header=True)
show(binascii.a2b_qp, b"a==b=4=zz=\r\nc=")
show(binascii.a2b_qp, "=4a=4A=4")
show(binascii.a2b_qp, b"a", 2 ** 80)
show(binascii.b2a_qp, b"a", header=1.5)
show(binascii.b2a_qp, "text")

# base64 lines
show(binascii.b2a_base64, b"x" * 100)
show(binascii.b2a_base64, b"ab", newline=False)
show(binascii.b2a_base64, b"", newline="x")
show(binascii.a2b_base64, b"YWI=\n")
show(binascii.a2b_base64, b"YW=I", strict_mode=True)

print(issubclass(binascii.Error, ValueError), binascii.Incomplete.__mro__)
print(binascii.Error.__module__, binascii.Error.__name__)
