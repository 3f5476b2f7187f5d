# tempfile: gettempdir/prefix, mkstemp, mkdtemp, mktemp, NamedTemporaryFile, TemporaryFile, SpooledTemporaryFile, TemporaryDirectory
import os
import stat
import tempfile

tmp = tempfile.gettempdir()
print(os.path.isabs(tmp), os.path.isdir(tmp), tempfile.gettempdir() is tmp, tempfile.gettempprefix(),
      tempfile.gettempprefixb(), tempfile.gettempdirb() == os.fsencode(tmp), tempfile.TMP_MAX, tempfile.template)

with tempfile.TemporaryDirectory(prefix="trc-", suffix=".d") as base:
    name = os.path.basename(base)
    print(type(base).__name__, name.startswith("trc-"), name.endswith(".d"), len(name), os.path.dirname(base) == tmp)
    print(stat.filemode(os.stat(base).st_mode))

    fd, path = tempfile.mkstemp(suffix=".txt", prefix="pre_", dir=base)
    print(type(fd).__name__, os.path.dirname(path) == base, os.path.basename(path)[:4], path.endswith(".txt"),
          len(os.path.basename(path)), stat.filemode(os.stat(path).st_mode))
    os.write(fd, b"data")
    os.close(fd)
    with open(path) as f:
        print(f.read())
    fd, bpath = tempfile.mkstemp(dir=base.encode(), text=True)
    os.close(fd)
    print(type(bpath).__name__, os.path.basename(bpath)[:3], len(os.path.basename(bpath)))
    rel_dir = os.path.relpath(base)
    fd, rpath = tempfile.mkstemp(dir=rel_dir)
    os.close(fd)
    print(os.path.isabs(rpath))

    names = set()
    for _ in range(20):
        d = tempfile.mkdtemp(dir=base)
        names.add(d)
        assert set(os.path.basename(d)[3:]) <= set("abcdefghijklmnopqrstuvwxyz0123456789_")
    print(len(names), all(os.path.isdir(d) for d in names), stat.filemode(os.stat(d).st_mode))
    d = tempfile.mkdtemp(prefix="x", suffix="y", dir=rel_dir)
    print(os.path.isabs(d), os.path.basename(d)[0], d[-1])
    m = tempfile.mktemp(suffix=".m", dir=base)
    print(os.path.exists(m), m.endswith(".m"), os.path.basename(m)[:3])

    with tempfile.NamedTemporaryFile(dir=base, suffix=".bin") as f:
        print(f.write(b"hello"), f.seek(0), f.read(), os.path.exists(f.name), f.name.endswith(".bin"),
              f.delete, f.closed, type(f.name).__name__)
        kept = f.name
    print(os.path.exists(kept), f.closed)
    f = tempfile.NamedTemporaryFile("w+", dir=base, delete=False, prefix="keep")
    f.write("line one\nline two\n")
    f.seek(0)
    print([line for line in f], os.path.basename(f.name)[:4])
    f.close()
    f.close()
    print(os.path.exists(f.name))
    os.unlink(f.name)
    f = tempfile.NamedTemporaryFile(mode="w", dir=base)
    f.write("x")
    f.close()
    print(os.path.exists(f.name))

    with tempfile.TemporaryFile(dir=base) as t:
        t.write(b"abc")
        t.seek(0)
        print(t.read(), type(t.name).__name__)
    with tempfile.TemporaryFile("w+", dir=base) as t:
        t.write("text\n")
        t.seek(0)
        print(repr(t.read()))

    s = tempfile.SpooledTemporaryFile(max_size=10, dir=base)
    s.write(b"12345")
    print(s._rolled, s.tell(), s.name, s.mode, s.readable(), s.writable(), s.seekable())
    s.write(b"678901")
    print(s._rolled, s.tell(), type(s.name).__name__)
    s.seek(0)
    print(s.read(), s.closed)
    s.close()
    print(s.closed)
    with tempfile.SpooledTemporaryFile(mode="w+") as s:
        s.write("abc\ndef\n")
        s.seek(0)
        print(s.readline(), s.readlines(), s._rolled, s.mode, s.encoding)
        s.rollover()
        print(s._rolled, s.tell())
    try:
        with s:
            pass
    except ValueError as e:
        print(e)

    print(sorted(os.listdir(base)) == sorted(os.listdir(base)), len(os.listdir(base)))
    td = tempfile.TemporaryDirectory(dir=base)
    print(repr(td).startswith("<TemporaryDirectory '"), os.path.isdir(td.name))
    os.makedirs(os.path.join(td.name, "a", "b"))
    with open(os.path.join(td.name, "a", "f"), "w") as fh:
        fh.write("x")
    os.chmod(os.path.join(td.name, "a"), 0o500)
    td.cleanup()
    print(os.path.exists(td.name))
    td.cleanup()

for args in [(b"x", "y", None), ("x", None, b"/tmp")]:
    try:
        tempfile.mkstemp(*args)
    except TypeError as e:
        print(e)
print(os.path.exists(base))
