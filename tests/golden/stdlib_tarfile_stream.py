# tarfile stream modes: 'w|', 'w|gz', 'w|bz2', 'w|xz' to write-only objects (the same
# bytes as CPython's, gzip's timestamp aside), 'r|*' and 'r|<comp>' from read-only
# objects, forward-only reading, and the stream errors.
import gzip
import hashlib
import io
import os
import tarfile
import tempfile


class WriteOnly:
    def __init__(self):
        self.data = bytearray()

    def write(self, b):
        self.data += b
        return len(b)


class ReadOnly:
    def __init__(self, data):
        self.stream = io.BytesIO(data)

    def read(self, n):
        return self.stream.read(n)


def member(name, data):
    ti = tarfile.TarInfo(name)
    ti.size = len(data)
    ti.mtime = 1700000000
    ti.uname = ti.gname = "u"
    return ti


payload = [("a.txt", b"alpha\n" * 500), ("b/c.bin", bytes(range(256)) * 40), ("empty", b"")]
blobs = {}
for comp in ("", "gz", "bz2", "xz"):
    out = WriteOnly()
    with tarfile.open(fileobj=out, mode="w|" + comp) as tf:
        for name, data in payload:
            tf.addfile(member(name, data), io.BytesIO(data))
        link = member("lnk", b"")
        link.type, link.linkname = tarfile.SYMTYPE, "a.txt"
        tf.addfile(link)
    raw = bytes(out.data)
    blobs[comp] = raw
    shown = gzip.decompress(raw) if comp == "gz" else raw
    print(repr(comp), len(shown), hashlib.sha256(shown).hexdigest()[:24], raw[:3])

for comp, raw in blobs.items():
    for mode in ("r|*", "r|" + comp):
        with tarfile.open(fileobj=ReadOnly(raw), mode=mode) as tf:
            got = []
            for ti in tf:
                f = tf.extractfile(ti) if ti.isfile() else None
                got.append((ti.name, ti.size, len(f.read()) if f else None))
            print(mode, got)
with tarfile.open(fileobj=ReadOnly(blobs["xz"]), mode="r|xz") as tf:
    ti = tf.next()
    f = tf.extractfile(ti)
    print(f.read(6), f.read(6))
    ti = tf.next()
    print(ti.name, tf.extractfile(ti).read(3))
with tarfile.open(fileobj=ReadOnly(blobs[""]), mode="r|") as tf:
    members = tf.getmembers()
    try:
        tf.extractfile(members[-1])
    except tarfile.StreamError as e:
        print(type(e).__name__, e)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "named.tar.bz2")
    with tarfile.open(path, "w|bz2") as tf:
        tf.addfile(member("n", b"nn"), io.BytesIO(b"nn"))
    with tarfile.open(path, "r|bz2") as tf:
        print(tf.getnames(), open(path, "rb").read(3))
    with tarfile.open(fileobj=ReadOnly(blobs[""]), mode="r|") as tf:
        tf.extractall(tmp)
    print(sorted(os.listdir(tmp)), open(os.path.join(tmp, "b", "c.bin"), "rb").read(4))
for mode, data in (("r|gz", b"not gzip data at all"), ("r|bz2", b"BZh9garbage" * 10), ("r|xz", b"\xfd7zXZ" + b"\0" * 40),
                   ("r|zip", b""), ("a|", b""), ("r|", b"x" * 600)):
    try:
        tarfile.open(fileobj=ReadOnly(data), mode=mode)
    except (tarfile.TarError, ValueError) as e:
        print(mode, type(e).__name__, e)
