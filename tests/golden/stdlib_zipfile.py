# zipfile: archives written with every compression method byte-identical to CPython's
# (sha256), reading back names/sizes/CRCs/dates, streaming open() both ways, append
# and exclusive modes, write() of real files, extraction with path sanitising, testzip
# on a corrupted member, zip64, Path, and the errors for broken archives.
import hashlib
import io
import os
import tempfile
import zipfile

DT = (2023, 5, 17, 12, 34, 56)


def sha(data):
    return hashlib.sha256(data).hexdigest()[:24]


def info(zi):
    return (zi.filename, zi.date_time, zi.compress_type, zi.file_size, zi.compress_size, zi.CRC,
            hex(zi.external_attr), zi.is_dir(), zi.flag_bits, zi.create_version, zi.extract_version)


text = b"".join(b"%d bottles of beer on the wall\n" % i for i in range(500))
with tempfile.TemporaryDirectory() as tmp:
    for method in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA):
        path = os.path.join(tmp, "m%d.zip" % method)
        with zipfile.ZipFile(path, "w", compression=method) as zf:
            zf.writestr(zipfile.ZipInfo("song.txt", DT), text, compress_type=method)
            zf.writestr(zipfile.ZipInfo("empty", DT), b"", compress_type=method)
            zi = zipfile.ZipInfo("naïve/ünïcode.txt", DT)
            zi.compress_type = method
            zi.comment = b"member comment"
            zi.external_attr = 0o644 << 16
            zf.writestr(zi, "text é\n" * 10)
            zf.mkdir("folder", 0o755)
            zf.comment = b"archive comment"
        blob = open(path, "rb").read()
        print(method, len(blob), sha(blob), zipfile.is_zipfile(path))
        with zipfile.ZipFile(path) as zf:
            print(zf.namelist(), zf.comment, zf.testzip())
            for zi in zf.infolist():
                print(" ", info(zi), zi.comment)
                print(" ", repr(zi))
            print(zf.read("song.txt") == text, zf.read("naïve/ünïcode.txt")[:8])

    # levels, open('w') streaming, data in several writes
    for level in (1, 9):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
            with zf.open("stream.txt", "w") as f:
                for i in range(0, len(text), 1000):
                    f.write(text[i:i + 1000])
            zf.writestr(zipfile.ZipInfo("b.txt", DT), b"bz", compress_type=zipfile.ZIP_BZIP2, compresslevel=3)
        print("level", level, sha(buf.getvalue()))

    # an unseekable output gets data descriptors
    class Unseekable:
        def __init__(self):
            self.data = bytearray()

        def writable(self):
            return True

        def write(self, b):
            self.data += b
            return len(b)

        def tell(self):
            raise OSError("no tell")

        def flush(self):
            pass

    out = Unseekable()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("streamed.txt", DT), text)
    print("unseekable", len(out.data), sha(bytes(out.data)))
    with zipfile.ZipFile(io.BytesIO(bytes(out.data))) as zf:
        print(info(zf.infolist()[0]), zf.read("streamed.txt") == text)

    # streaming read: read(n), readline, seek, tell, iteration, peek
    path = os.path.join(tmp, "m8.zip")
    with zipfile.ZipFile(path) as zf:
        with zf.open("song.txt") as f:
            print(f.read(10), f.readline(), f.tell(), f.peek(3)[:3], f.read1(5), f.readinto(bytearray(7)))
            print(f.seek(100), f.read(5), f.seek(-10, 2), f.read(), f.seek(3), f.read(4))
            print(f.seekable(), f.readable(), f.name, f.mode)
        print(repr(f), f.closed)
        with zf.open(zf.getinfo("song.txt")) as f:
            lines = list(f)
            print(len(lines), lines[-1])
        with zf.open("song.txt") as f:
            print(len(f.readlines(50)), f.readline(4))

    # append and exclusive modes
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr(zipfile.ZipInfo("added.txt", DT), b"appended")
    with zipfile.ZipFile(path) as zf:
        print(zf.namelist(), zf.read("added.txt"), zf.comment)
    print(sha(open(path, "rb").read()))
    try:
        zipfile.ZipFile(path, "x")
    except FileExistsError as e:
        print(type(e).__name__)
    plain = os.path.join(tmp, "plain.bin")
    with open(plain, "wb") as f:
        f.write(b"some leading bytes")
    with zipfile.ZipFile(plain, "a") as zf:
        zf.writestr(zipfile.ZipInfo("x", DT), b"x")
    with zipfile.ZipFile(plain) as zf:
        print(zf.namelist(), zf.read("x"), open(plain, "rb").read()[:18], zf.getinfo("x").header_offset)

    # write() of real files and directories with fixed times
    src = os.path.join(tmp, "src")
    os.makedirs(os.path.join(src, "sub"))
    for name, body in (("one.txt", b"first file\n"), ("sub/two.bin", bytes(300))):
        with open(os.path.join(src, name), "wb") as f:
            f.write(body)
    os.chmod(os.path.join(src, "one.txt"), 0o640)
    os.chmod(os.path.join(src, "sub/two.bin"), 0o600)
    os.chmod(os.path.join(src, "sub"), 0o750)
    for p in ("one.txt", "sub/two.bin", "sub"):
        os.utime(os.path.join(src, p), (1700000000, 1700000000))
    made = os.path.join(tmp, "made.zip")
    with zipfile.ZipFile(made, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(os.path.join(src, "one.txt"), "one.txt")
        zf.write(os.path.join(src, "sub"), "sub")
        zf.write(os.path.join(src, "sub/two.bin"), "sub/two.bin", compress_type=zipfile.ZIP_STORED)
        zf.write(os.path.join(src, "one.txt"), "/abs/../one-again.txt")
    with zipfile.ZipFile(made) as zf:
        for zi in zf.infolist():
            print(info(zi))
        zf.printdir()
        print(zipfile.ZipInfo.from_file(os.path.join(src, "sub"), "d").filename)

    # extraction sanitises absolute and parent paths
    evil = io.BytesIO()
    with zipfile.ZipFile(evil, "w") as zf:
        for name in ("../../escape.txt", "/etc/abs.txt", "a/./b/../c.txt", "dir/", "ok.txt", "C:/drive.txt"):
            zf.writestr(zipfile.ZipInfo(name, DT), name.encode())
    out = os.path.join(tmp, "out")
    with zipfile.ZipFile(evil) as zf:
        print(os.path.relpath(zf.extract("../../escape.txt", out), out))
        zf.extractall(out)
        print(os.path.relpath(zf.extract(zf.getinfo("dir/"), out), out))
    found = []
    for root, dirs, files in os.walk(out):
        for name in dirs + files:
            found.append(os.path.relpath(os.path.join(root, name), out))
    print(sorted(found))
    print(open(os.path.join(out, "a/b/c.txt"), "rb").read())

    # zip64: forced, and a big offset is not needed for small files
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        with zf.open(zipfile.ZipInfo("big", DT), "w", force_zip64=True) as f:
            f.write(b"z" * 1000)
    print("zip64", sha(buf.getvalue()), len(buf.getvalue()))
    with zipfile.ZipFile(buf) as zf:
        print(info(zf.getinfo("big")), len(zf.read("big")), zf.getinfo("big").extra.hex())

    # Path
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name in ("a.txt", "b/c.txt", "b/d/e.txt"):
            zf.writestr(zipfile.ZipInfo(name, DT), "content of " + name)
    zf = zipfile.ZipFile(buf)
    zf.filename = "mem/abcde.zip"
    root = zipfile.Path(zf)
    print(list(root.iterdir()), root.name, str(root.parent))
    b = root / "b"
    c = b / "c.txt"
    print(b, b.is_dir(), c, c.is_file(), c.exists(), (b / "nope").exists(), c.name, c.suffix, c.stem)
    print(c.read_text(), c.read_bytes(), list(b.iterdir()), c.parent, root.joinpath("b", "d", "e.txt").read_text())
    with c.open("rb") as f:
        print(f.read(7))
    for bad in (lambda: b.open(), lambda: (b / "x").open(), lambda: c.iterdir()):
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)

# errors
good = io.BytesIO()
with zipfile.ZipFile(good, "w", zipfile.ZIP_DEFLATED) as zf:
    zf.writestr(zipfile.ZipInfo("a.txt", DT), b"A" * 1000)
    zf.writestr(zipfile.ZipInfo("b.txt", DT), b"B" * 1000)
data = good.getvalue()
corrupt = bytearray(data)
corrupt[40] ^= 0xFF
with zipfile.ZipFile(io.BytesIO(bytes(corrupt))) as zf:
    print("testzip", zf.testzip())
stored = io.BytesIO()
with zipfile.ZipFile(stored, "w") as zf:
    zf.writestr(zipfile.ZipInfo("s.txt", DT), b"stored data here")
flipped = bytearray(stored.getvalue())
flipped[35] ^= 1
with zipfile.ZipFile(io.BytesIO(bytes(flipped))) as zf:
    print("testzip", zf.testzip())
    try:
        zf.read("s.txt")
    except zipfile.BadZipFile as e:
        print(type(e).__name__, e)
cases = [b"", b"not a zip file at all", data[:30], data[:-10], data[:-22],
         data.replace(b"PK\x01\x02", b"XX\x01\x02"), data.replace(b"PK\x03\x04", b"PK\x03\x05")]
for blob in cases:
    try:
        with zipfile.ZipFile(io.BytesIO(blob)) as zf:
            print("opened", zf.namelist(), [zf.read(n)[:3] for n in zf.namelist()])
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as e:
        print(type(e).__name__, e)
    print(zipfile.is_zipfile(io.BytesIO(blob)))
with zipfile.ZipFile(io.BytesIO(data)) as zf:
    for bad in (lambda: zf.getinfo("missing"), lambda: zf.read("missing"), lambda: zf.open("a.txt", "q"),
                lambda: zf.writestr("x", b"y"), lambda: setattr(zf, "comment", "str")):
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
zf.close()
print(repr(zf))
for bad in (lambda: zf.read("a.txt"), lambda: zipfile.ZipFile(io.BytesIO(), "q"),
            lambda: zipfile.ZipFile(io.BytesIO(), "w", compression=99),
            lambda: zipfile.ZipInfo("old", (1979, 1, 1, 0, 0, 0)),
            lambda: zipfile.ZipFile(io.BytesIO(), "w", metadata_encoding="cp437")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
w = zipfile.ZipFile(io.BytesIO(), "w")
h = w.open("one", "w")
for bad in (lambda: w.open("two", "w"), lambda: w.writestr("x", b""), lambda: w.close()):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
h.close()
w.close()
print(zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile, zipfile.ZIP_LZMA)

# a member in a method zipfile cannot read
odd = bytearray(good.getvalue())
for sig in (b"PK\x03\x04", b"PK\x01\x02"):
    at = odd.find(sig)
    while at >= 0:
        field = at + (8 if sig == b"PK\x03\x04" else 10)
        odd[field:field + 2] = b"\x09\x00"
        at = odd.find(sig, at + 4)
with zipfile.ZipFile(io.BytesIO(bytes(odd))) as zf:
    print(repr(zf.infolist()[0]))
    try:
        zf.read("a.txt")
    except NotImplementedError as e:
        print(type(e).__name__, e)
