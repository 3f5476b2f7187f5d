# tarfile: archives in the ustar, GNU and pax formats byte-identical to CPython's
# (sha256), long names and big numbers, compressed modes, add() of real files,
# reading members back (extractfile, links), extraction, append mode, list(), and
# the errors for corrupt, truncated and misused archives.
import hashlib
import io
import os
import tarfile
import tempfile


def sha(data):
    return hashlib.sha256(data).hexdigest()[:24]


def member(name, data=b"", **attrs):
    ti = tarfile.TarInfo(name)
    ti.size = len(data)
    ti.mtime = 1700000000
    ti.uid, ti.gid, ti.uname, ti.gname = 1000, 1000, "alice", "staff"
    for key, value in attrs.items():
        setattr(ti, key, value)
    return ti


def show(ti):
    return (ti.name, ti.size, ti.mtime, oct(ti.mode), ti.type, ti.linkname, ti.uid, ti.gid, ti.uname, ti.gname,
            ti.isfile(), ti.isdir(), ti.issym(), ti.islnk())


def build(fmt, extra=()):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tf:
        tf.addfile(member("readme.txt", b"hello tar\n"), io.BytesIO(b"hello tar\n"))
        tf.addfile(member("docs", type=tarfile.DIRTYPE, mode=0o755))
        tf.addfile(member("docs/link", type=tarfile.SYMTYPE, linkname="../readme.txt", mode=0o777))
        tf.addfile(member("docs/hard", type=tarfile.LNKTYPE, linkname="readme.txt"))
        body = bytes(range(256)) * 7
        tf.addfile(member("data.bin", body, mode=0o600), io.BytesIO(body))
        for ti, data in extra:
            tf.addfile(ti, io.BytesIO(data))
    return buf.getvalue()


long_name = "deep/" * 25 + "file.txt"
for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    blob = build(fmt)
    print(fmt, len(blob), sha(blob))
    with tarfile.open(fileobj=io.BytesIO(blob)) as tf:
        print(tf.getnames())
        for ti in tf:
            print(" ", show(ti), ti.offset, ti.offset_data, ti.chksum)
        print(tf.extractfile("readme.txt").read(), tf.extractfile("docs/link").read(),
              tf.extractfile("docs/hard").read(), tf.extractfile("docs"))
        f = tf.extractfile("data.bin")
        print(f.read(5), f.tell(), f.seek(-3, 2), f.read(), f.seek(10), f.read(2), f.readable(), f.seekable())

# names, links and numbers that do not fit a ustar header
for fmt in (tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    extra = [(member(long_name, b"long"), b"long"),
             (member("ünïcode-名前.txt", b"u", uname="jösé", gname="grüppe"), b"u"),
             (member("biguid", b"", uid=8 ** 8, gid=3), b""),
             (member("floattime", b"", mtime=1234567890.5), b""),
             (member("symlong", type=tarfile.SYMTYPE, linkname="t/" * 60), b"")]
    if fmt == tarfile.GNU_FORMAT:
        extra.append((member("negtime", b"", mtime=-1000), b""))
    blob = build(fmt, extra)
    print(fmt, len(blob), sha(blob))
    with tarfile.open(fileobj=io.BytesIO(blob)) as tf:
        for ti in tf.getmembers()[5:]:
            print(" ", show(ti), sorted(ti.pax_headers))
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tf:
    tf.addfile(member("x/" * 60 + "y"))
    for ti in (member("z" * 101), member("l", type=tarfile.SYMTYPE, linkname="q" * 101), member("big", uid=8 ** 8),
               member("neg", mtime=-1), member("a" * 156 + "/b")):
        try:
            tf.addfile(ti)
        except ValueError as e:
            print(type(e).__name__, e)
print(sha(buf.getvalue()))
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w", pax_headers={"comment": "global ✓"}) as tf:
    tf.addfile(member("g.txt", b"g"), io.BytesIO(b"g"))
print("global", sha(buf.getvalue()))
buf.seek(0)
with tarfile.open(fileobj=buf) as tf:
    print(tf.pax_headers, tf.getmember("g.txt").pax_headers)

with tempfile.TemporaryDirectory() as tmp:
    # real files, with the owner and times fixed by the filter
    src = os.path.join(tmp, "src")
    os.makedirs(os.path.join(src, "sub"))
    with open(os.path.join(src, "a.txt"), "wb") as f:
        f.write(b"file a\n" * 100)
    with open(os.path.join(src, "sub", "b.txt"), "wb") as f:
        f.write(b"file b\n")
    os.symlink("a.txt", os.path.join(src, "ln"))
    os.chmod(os.path.join(src, "a.txt"), 0o640)
    os.chmod(os.path.join(src, "sub"), 0o750)
    os.chmod(os.path.join(src, "sub", "b.txt"), 0o644)

    def fix(ti):
        ti.mtime, ti.uid, ti.gid, ti.uname, ti.gname = 1600000000, 0, 0, "root", "root"
        return None if ti.name.endswith("skip") else ti

    for mode, suffix in (("w", "tar"), ("w:bz2", "tar.bz2"), ("w:xz", "tar.xz"), ("w:gz", "tar.gz")):
        path = os.path.join(tmp, "out." + suffix)
        with tarfile.open(path, mode) as tf:
            tf.add(src, arcname="src", filter=fix)
        raw = open(path, "rb").read()
        if suffix == "tar.gz":  # gzip's header holds the time of writing
            import gzip
            raw = gzip.decompress(raw)
        print(mode, len(raw), sha(raw), tarfile.is_tarfile(path))
        with tarfile.open(path) as tf:
            print(" ", [(m.name, oct(m.mode), m.size, m.type) for m in tf])
    path = os.path.join(tmp, "out.tar.xz")
    with tarfile.open(path, "r:xz") as tf:
        print(tf.extractfile("src/sub/b.txt").readline())
    with tarfile.open(os.path.join(tmp, "out.tar.bz2"), "r:*") as tf:
        tf.list(verbose=True)
        tf.list(verbose=False)
    # extraction
    dest = os.path.join(tmp, "dest")
    with tarfile.open(os.path.join(tmp, "out.tar")) as tf:
        tf.extractall(dest)
        tf.extract("src/a.txt", os.path.join(tmp, "single"))
    for root, dirs, files in sorted(os.walk(dest)):
        for name in sorted(dirs + files):
            p = os.path.join(root, name)
            st = os.lstat(p)
            print(os.path.relpath(p, dest), oct(st.st_mode), os.readlink(p) if os.path.islink(p) else int(st.st_mtime))
    print(open(os.path.join(tmp, "single", "src", "a.txt"), "rb").read()[:7])
    with tarfile.open(fileobj=io.BytesIO(build(tarfile.PAX_FORMAT))) as tf:
        tf.extractall(os.path.join(tmp, "links"))
    print(open(os.path.join(tmp, "links", "docs", "hard"), "rb").read(),
          os.readlink(os.path.join(tmp, "links", "docs", "link")))
    # gettarinfo
    with tarfile.open(os.path.join(tmp, "gi.tar"), "w") as tf:
        ti = tf.gettarinfo(os.path.join(src, "a.txt"), arcname="renamed.txt")
        print(ti.name, ti.size, oct(ti.mode), ti.type, ti.uname)
        with open(os.path.join(src, "a.txt"), "rb") as f:
            ti2 = tf.gettarinfo(fileobj=f)
            print(ti2.name.endswith("a.txt"), ti2.size)
        print(tf.gettarinfo(os.path.join(src, "ln")).type, tf.gettarinfo(os.path.join(src, "ln")).linkname)
    # append
    path = os.path.join(tmp, "app.tar")
    with tarfile.open(path, "a") as tf:
        tf.addfile(member("first", b"1"), io.BytesIO(b"1"))
    with tarfile.open(path, "a") as tf:
        tf.addfile(member("second", b"22"), io.BytesIO(b"22"))
    with tarfile.open(path) as tf:
        print(tf.getnames(), sha(open(path, "rb").read()))
    try:
        tarfile.open(path, "x")
    except FileExistsError as e:
        print(type(e).__name__)
    for mode in ("a:gz", "r:zip", "rw", "q"):
        try:
            tarfile.open(path, mode)
        except Exception as e:
            print(type(e).__name__, e)

# errors
good = build(tarfile.PAX_FORMAT)
bad_checksum = bytearray(good)
bad_checksum[0] ^= 1
truncated_member = good[:512 + 100]
for blob in (b"", b"x" * 100, b"\0" * 1024, bytes(bad_checksum), good[:300], truncated_member, good[:-9000]):
    try:
        with tarfile.open(fileobj=io.BytesIO(blob)) as tf:
            names = tf.getnames()
            print("opened", names, [len(tf.extractfile(n).read()) for n in names if tf.getmember(n).isfile()])
    except (tarfile.TarError, OSError) as e:
        print(type(e).__name__, e)
    print(tarfile.is_tarfile(io.BytesIO(blob)))
for mode in ("r:gz", "r:bz2", "r:xz", "r:"):
    try:
        tarfile.open(fileobj=io.BytesIO(b"not compressed at all, not a tar either"), mode=mode)
    except tarfile.TarError as e:
        print(type(e).__name__, e)
tf = tarfile.open(fileobj=io.BytesIO(good))
for bad in (lambda: tf.getmember("nope"), lambda: tf.addfile(member("x")), lambda: tarfile.open(),
            lambda: tarfile.TarInfo("x").tobuf(format=7)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
tf.close()
try:
    tf.getnames()
except OSError as e:
    print(type(e).__name__, e)
print(repr(tarfile.TarInfo("n"))[:14], tarfile.ReadError.__mro__[1].__name__, tarfile.DEFAULT_FORMAT,
      tarfile.ENCODING, tarfile.REGTYPE, tarfile.BLOCKSIZE, tarfile.RECORDSIZE)

# reading a big member of a compressed archive line by line reads it once, forwards
big = b"".join(b"row %d\n" % i for i in range(60000)) + b"x" * 300000
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w:bz2") as tf:
    tf.addfile(member("big.txt", big), io.BytesIO(big))
buf.seek(0)
with tarfile.open(fileobj=buf, mode="r:bz2") as tf:
    f = tf.extractfile("big.txt")
    lines = list(f)
    print(len(lines), lines[1], len(lines[-1]), f.tell(), f.seek(7), f.readline(), f.read(4))
