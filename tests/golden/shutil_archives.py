# shutil.make_archive and unpack_archive in every format: names and owners of the
# members, root_dir/base_dir, the registries, and the errors for unknown formats and
# unreadable archives.
import os
import shutil
import tarfile
import tempfile
import zipfile

with tempfile.TemporaryDirectory() as tmp:
    tree = os.path.join(tmp, "tree")
    os.makedirs(os.path.join(tree, "pkg", "sub"))
    for rel, body in (("top.txt", b"top\n"), ("pkg/mod.py", b"print('x')\n"), ("pkg/sub/data.bin", bytes(100))):
        with open(os.path.join(tree, rel), "wb") as f:
            f.write(body)
    for fmt in ("zip", "tar", "gztar", "bztar", "xztar"):
        name = shutil.make_archive(os.path.join(tmp, "out", "arch-" + fmt), fmt, root_dir=tree, owner="root",
                                   group="root")
        print(fmt, os.path.relpath(name, tmp))
        if fmt == "zip":
            with zipfile.ZipFile(name) as zf:
                print(" ", sorted(zf.namelist()))
        else:
            with tarfile.open(name) as tf:
                print(" ", sorted((m.name, m.uname, m.gname, m.type) for m in tf))
        dest = os.path.join(tmp, "unpacked-" + fmt)
        shutil.unpack_archive(name, dest)
        found = []
        for root, dirs, files in os.walk(dest):
            found += [os.path.relpath(os.path.join(root, f), dest) for f in files]
        print(" ", sorted(found))
    name = shutil.make_archive(os.path.join(tmp, "based"), "tar", root_dir=tree, base_dir="pkg")
    with tarfile.open(name) as tf:
        print(tf.getnames())
    cwd = os.getcwd()
    os.chdir(tmp)
    try:
        print(shutil.make_archive("rel", "zip", base_dir="tree"))
        with zipfile.ZipFile("rel.zip") as zf:
            print(sorted(zf.namelist()))
    finally:
        os.chdir(cwd)
    print(shutil.get_archive_formats())
    print(shutil.get_unpack_formats())
    calls = []
    shutil.register_archive_format("mine", lambda base, base_dir, **kw: calls.append((base_dir, sorted(kw))) or "done",
                                   description="custom")
    print(shutil.make_archive(os.path.join(tmp, "m"), "mine", root_dir=tree), calls, os.getcwd() == cwd)
    shutil.unregister_archive_format("mine")
    with open(os.path.join(tmp, "junk.zip"), "wb") as f:
        f.write(b"not an archive")
    with open(os.path.join(tmp, "junk.tar"), "wb") as f:
        f.write(b"not an archive")
    for call in (lambda: shutil.make_archive("x", "rar"), lambda: shutil.unpack_archive("x.rar"),
                 lambda: shutil.unpack_archive("x.zip", format="rar"),
                 lambda: shutil.unpack_archive(os.path.join(tmp, "junk.zip"), tmp),
                 lambda: shutil.unpack_archive(os.path.join(tmp, "junk.tar"), tmp),
                 lambda: shutil.register_unpack_format("again", [".zip"], print),
                 lambda: shutil.register_archive_format("bad", 42),
                 lambda: shutil.register_archive_format("bad", print, [("a",)])):
        try:
            call()
        except (ValueError, shutil.ReadError, shutil.RegistryError, TypeError) as e:
            print(type(e).__name__, str(e).replace(tmp, "TMP"))
