# The TypeError texts of C functions called with the wrong arguments follow the calling
# convention CPython's Argument Clinic picks for each: METH_NOARGS and METH_O name the
# function with its module ("binascii.a2b_uu() takes exactly one argument (0 given)"),
# positional-only FASTCALL functions count by Clinic's own name ("crc_hqx expected 2
# arguments, got 1") and take no keywords; functions with keyword parameters keep the
# keyword parser's texts.
import binascii
import math
import os
import pwd
import struct
import zlib

calls = [
    ("binascii.crc_hqx(b'')", lambda: binascii.crc_hqx(b"")),
    ("binascii.crc_hqx(b'', 1, 2)", lambda: binascii.crc_hqx(b"", 1, 2)),
    ("binascii.crc_hqx(b'', crc=1)", lambda: binascii.crc_hqx(b"", crc=1)),
    ("binascii.crc32()", lambda: binascii.crc32()),
    ("binascii.crc32(b'', 1, 2)", lambda: binascii.crc32(b"", 1, 2)),
    ("binascii.a2b_uu()", lambda: binascii.a2b_uu()),
    ("binascii.a2b_uu(b'', b'')", lambda: binascii.a2b_uu(b"", b"")),
    ("binascii.a2b_uu(data=b'')", lambda: binascii.a2b_uu(data=b"")),
    ("binascii.unhexlify()", lambda: binascii.unhexlify()),
    ("binascii.a2b_hex(1, 2)", lambda: binascii.a2b_hex(1, 2)),
    ("binascii.b2a_hex()", lambda: binascii.b2a_hex()),
    ("binascii.hexlify(b'', 1, 2, 3)", lambda: binascii.hexlify(b"", 1, 2, 3)),
    ("binascii.b2a_uu(b'', 1)", lambda: binascii.b2a_uu(b"", 1)),
    ("binascii.b2a_uu(b'', bogus=1)", lambda: binascii.b2a_uu(b"", bogus=1)),
    ("math.sqrt()", lambda: math.sqrt()),
    ("math.sqrt(1, 2)", lambda: math.sqrt(1, 2)),
    ("math.sqrt(x=1)", lambda: math.sqrt(x=1)),
    ("math.atan2(1)", lambda: math.atan2(1)),
    ("math.pow(1, y=2)", lambda: math.pow(1, y=2)),
    ("math.log()", lambda: math.log()),
    ("math.log(1, 2, 3)", lambda: math.log(1, 2, 3)),
    ("math.log(x=1)", lambda: math.log(x=1)),
    ("math.perm()", lambda: math.perm()),
    ("math.perm(1, 2, 3)", lambda: math.perm(1, 2, 3)),
    ("math.floor(x=1.5)", lambda: math.floor(x=1.5)),
    ("math.isnan()", lambda: math.isnan()),
    ("math.gcd(a=1)", lambda: math.gcd(a=1)),
    ("math.hypot(x=1)", lambda: math.hypot(x=1)),
    ("math.isclose(1)", lambda: math.isclose(1)),
    ("math.isclose(1, 2, 3)", lambda: math.isclose(1, 2, 3)),
    ("os.getpid(1)", lambda: os.getpid(1)),
    ("os.getpid(x=1)", lambda: os.getpid(x=1)),
    ("os.getcwd(1)", lambda: os.getcwd(1)),
    ("os.cpu_count(1)", lambda: os.cpu_count(1)),
    ("os.getuid(1)", lambda: os.getuid(1)),
    ("os.urandom()", lambda: os.urandom()),
    ("os.kill(1)", lambda: os.kill(1)),
    ("os.strerror()", lambda: os.strerror()),
    ("pwd.getpwuid()", lambda: pwd.getpwuid()),
    ("pwd.getpwuid(uidobj=0)", lambda: pwd.getpwuid(uidobj=0)),
    ("pwd.getpwnam('a', 'b')", lambda: pwd.getpwnam("a", "b")),
    ("pwd.getpwall(1)", lambda: pwd.getpwall(1)),
    ("struct.calcsize()", lambda: struct.calcsize()),
    ("struct.calcsize(format='i')", lambda: struct.calcsize(format="i")),
    ("struct.unpack('i')", lambda: struct.unpack("i")),
    ("struct.unpack('i', b'', x=1)", lambda: struct.unpack("i", b"", x=1)),
    ("zlib.crc32()", lambda: zlib.crc32()),
    ("zlib.adler32(b'', 1, 2)", lambda: zlib.adler32(b"", 1, 2)),
    ("zlib.adler32(data=b'')", lambda: zlib.adler32(data=b"")),
    ("zlib.compressobj().flush(1, 2)", lambda: zlib.compressobj().flush(1, 2)),
    ("zlib.compressobj().flush(mode=1)", lambda: zlib.compressobj().flush(mode=1)),
    ("zlib.decompressobj().flush(1, 2)", lambda: zlib.decompressobj().flush(1, 2)),
    ("len()", lambda: len()),
    ("abs(x=1)", lambda: abs(x=1)),
    ("divmod(1)", lambda: divmod(1)),
]
for text, call in calls:
    try:
        call()
        print(text, "returned")
    except TypeError as e:
        print(text, "->", e)
