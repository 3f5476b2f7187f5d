# zipfile: reading ZIP64 end records (as archives of more than 65535 members or 4 GiB
# carry them), built by hand around a small archive; the multi-disk and corrupt cases;
# a member with a ZIP64 extra field; LargeZipFile when ZIP64 is disallowed.
import io
import struct
import zipfile

DT = (2021, 2, 3, 4, 5, 6)
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
    zf.writestr(zipfile.ZipInfo("one.txt", DT), b"first member\n" * 10)
    zf.writestr(zipfile.ZipInfo("two.txt", DT), b"second")
    zf.comment = b"tail comment"
data = buf.getvalue()
eocd_at = data.rfind(b"PK\x05\x06")
sig, disk, disk_cd, n_here, n_total, cd_size, cd_offset, comment_len = struct.unpack("<4s4H2LH", data[eocd_at:eocd_at + 22])
body = data[:eocd_at]


def with_zip64(disks=1, sig64=b"PK\x06\x06", count=n_total, offset=cd_offset):
    zip64_at = len(body)
    record = struct.pack("<4sQ2H2L4Q", sig64, 44, 45, 45, 0, 0, count, count, cd_size, offset)
    locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, zip64_at, disks)
    eocd = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, len(b"zc"))
    return body + record + locator + eocd + b"zc"


for label, blob in (("plain", data), ("zip64", with_zip64()), ("disks", with_zip64(disks=2)),
                    ("bad-sig", with_zip64(sig64=b"XX\x06\x06")), ("bad-offset", with_zip64(offset=cd_offset + 7)),
                    ("prefixed", b"#!/bin/sh\nexit 0\n" + with_zip64())):
    try:
        with zipfile.ZipFile(io.BytesIO(blob)) as zf:
            print(label, zf.namelist(), zf.comment, zf.read("two.txt"), [zi.header_offset for zi in zf.infolist()])
    except zipfile.BadZipFile as e:
        print(label, type(e).__name__, e)
    try:
        print(zipfile.is_zipfile(io.BytesIO(blob)))
    except zipfile.BadZipFile as e:  # is_zipfile lets this one through, as CPython's
        print("is_zipfile", type(e).__name__, e)

# a member whose sizes and offset live in its ZIP64 extra field
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as zf:
    with zf.open(zipfile.ZipInfo("big.bin", DT), "w", force_zip64=True) as f:
        f.write(b"z" * 3000)
    zi = zipfile.ZipInfo("extra.txt", DT)
    zi.extra = struct.pack("<HH", 0xCAFE, 4) + b"abcd"
    zf.writestr(zi, b"with an extra field")
with zipfile.ZipFile(buf) as zf:
    for zi in zf.infolist():
        print(zi.filename, zi.file_size, zi.compress_size, zi.extract_version, zi.extra.hex())
    print(zf.read("extra.txt"))
raw = bytearray(buf.getvalue())
at = raw.find(b"PK\x01\x02")
struct.pack_into("<L", raw, at + 20, 0xFFFFFFFF)  # the central size says: see the extra field
try:
    with zipfile.ZipFile(io.BytesIO(bytes(raw))) as zf:
        print(zf.infolist()[0].compress_size)
except zipfile.BadZipFile as e:
    print(type(e).__name__, e)
with zipfile.ZipFile(io.BytesIO(), "w", allowZip64=False) as zf:
    try:
        zf.open("x", "w", force_zip64=True)
    except ValueError as e:
        print(type(e).__name__, e)
    zi = zipfile.ZipInfo("huge", DT)
    zi.file_size = 1 << 32
    try:
        zf.open(zi, "w")
    except zipfile.LargeZipFile as e:
        print(type(e).__name__, e)
