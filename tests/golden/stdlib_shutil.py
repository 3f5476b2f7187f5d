# shutil: copyfileobj/copyfile/copy/copy2/copymode/copystat, copytree (ignore, symlinks, dirs_exist_ok), rmtree, move, which, errors
import io
import os
import shutil
import stat

top = "shutil_scratch"


def tree(root):
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        rel = os.path.relpath(dirpath, root)
        for name in dirnames + filenames:
            p = os.path.join(dirpath, name)
            kind = "L" if os.path.islink(p) else "D" if os.path.isdir(p) else "F"
            out.append(kind + ":" + os.path.normpath(os.path.join(rel, name)))
    return sorted(out)


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


def read(path):
    with open(path) as f:
        return f.read()


if os.path.exists(top):
    shutil.rmtree(top)
os.makedirs(os.path.join(top, "src", "sub", "deeper"))
os.makedirs(os.path.join(top, "src", "__pycache__"))
write(os.path.join(top, "src", "a.txt"), "alpha")
write(os.path.join(top, "src", "b.pyc"), "compiled")
write(os.path.join(top, "src", "sub", "c.txt"), "gamma")
write(os.path.join(top, "src", "sub", "deeper", "d.log"), "delta")
write(os.path.join(top, "src", "__pycache__", "x.pyc"), "x")
os.symlink("a.txt", os.path.join(top, "src", "link.txt"))
os.symlink("sub", os.path.join(top, "src", "linkdir"))

src = io.StringIO("x" * 100000)
dst = io.StringIO()
shutil.copyfileobj(src, dst, 7)
print(len(dst.getvalue()))
src = io.BytesIO(b"abc" * 5)
dst = io.BytesIO()
shutil.copyfileobj(src, dst)
print(dst.getvalue())

a = os.path.join(top, "src", "a.txt")
os.chmod(a, 0o640)
os.utime(a, (1000000000, 1100000000))
print(shutil.copyfile(a, os.path.join(top, "copy1.txt")), read(os.path.join(top, "copy1.txt")))
print(shutil.copy(a, top), oct(stat.S_IMODE(os.stat(os.path.join(top, "a.txt")).st_mode)))
print(os.stat(os.path.join(top, "a.txt")).st_mtime == 1100000000)
os.remove(os.path.join(top, "a.txt"))
print(shutil.copy2(a, top), os.stat(os.path.join(top, "a.txt")).st_mtime)
write(os.path.join(top, "plain.txt"), "p")
shutil.copymode(a, os.path.join(top, "plain.txt"))
print(stat.filemode(os.stat(os.path.join(top, "plain.txt")).st_mode))
shutil.copystat(a, os.path.join(top, "plain.txt"))
print(os.stat(os.path.join(top, "plain.txt")).st_mtime_ns)
print(shutil.copyfile(os.path.join(top, "src", "link.txt"), os.path.join(top, "nolink.txt"), follow_symlinks=False),
      os.readlink(os.path.join(top, "nolink.txt")))

for call in [lambda: shutil.copyfile(a, a), lambda: shutil.copy(a, os.path.join(top, "src")),
             lambda: shutil.copyfile(os.path.join(top, "nope"), os.path.join(top, "x")),
             lambda: shutil.copyfile(a, os.path.join(top, "missingdir", "x")),
             lambda: shutil.copyfile(a, os.path.join(top, "src")),
             lambda: shutil.copytree(os.path.join(top, "src"), os.path.join(top, "src", "sub")),
             lambda: shutil.move(os.path.join(top, "src"), os.path.join(top, "src", "sub", "inner")),
             lambda: shutil.rmtree(os.path.join(top, "nope")),
             lambda: shutil.rmtree(os.path.join(top, "src", "linkdir")),
             lambda: shutil.rmtree(a)]:
    try:
        print("ok", call())
    except OSError as e:
        print(type(e).__name__, e)

c1 = os.path.join(top, "c1")
print(shutil.copytree(os.path.join(top, "src"), c1))
print(tree(c1))
c2 = os.path.join(top, "c2")
shutil.copytree(os.path.join(top, "src"), c2, symlinks=True, ignore=shutil.ignore_patterns("*.pyc", "__pycache__"))
print(tree(c2), os.readlink(os.path.join(c2, "linkdir")))
print(oct(stat.S_IMODE(os.stat(os.path.join(c2, "a.txt")).st_mode)), os.stat(os.path.join(c2, "a.txt")).st_mtime)
seen = []


def ignore(path, names):
    seen.append((os.path.relpath(path, top), sorted(names)))
    return {"deeper", "link.txt", "linkdir"}


shutil.copytree(os.path.join(top, "src"), c2, ignore=ignore, dirs_exist_ok=True, copy_function=shutil.copy)
print(sorted(seen), tree(c2))
os.symlink("nowhere", os.path.join(top, "src", "dangling"))
try:
    shutil.copytree(os.path.join(top, "src"), os.path.join(top, "c3"))
except shutil.Error as e:
    print("Error", [(os.path.relpath(s, top), os.path.relpath(d, top), w) for s, d, w in e.args[0]])
shutil.copytree(os.path.join(top, "src"), os.path.join(top, "c4"), ignore_dangling_symlinks=True)
print(tree(os.path.join(top, "c4")) == tree(c1))
os.remove(os.path.join(top, "src", "dangling"))

print(shutil.move(os.path.join(top, "c4"), os.path.join(top, "moved")), os.path.exists(os.path.join(top, "c4")))
print(shutil.move(os.path.join(top, "copy1.txt"), os.path.join(top, "moved")), tree(os.path.join(top, "moved"))[:3])
print(shutil.move(os.path.join(top, "plain.txt"), os.path.join(top, "renamed.txt")))
os.makedirs(os.path.join(top, "dest", "moved"))
try:
    shutil.move(os.path.join(top, "moved"), os.path.join(top, "dest"))
except shutil.Error as e:
    print("Error", e)
print(shutil.move(os.path.join(top, "moved") + "/", os.path.join(top, "dest", "moved")))

calls = []
shutil.rmtree(os.path.join(top, "nothing"), onerror=lambda f, p, e: calls.append((f.__name__, p, e[0].__name__)))
shutil.rmtree(os.path.join(top, "nothing"), ignore_errors=True)
print(calls)
shutil.rmtree(c1)
print(os.path.exists(c1), shutil.rmtree.avoids_symlink_attacks in (True, False))

print(shutil.which("sh") is not None, shutil.which("no-such-program-xyz"), shutil.which("sh", path=""))
print(shutil.which("a.txt", path=os.path.join(top, "src")), shutil.which(os.path.join(top, "src", "a.txt")))
os.chmod(a, 0o750)
print(shutil.which("a.txt", path=os.pathsep.join(["/nonexistent", os.path.join(top, "src")])))
print(shutil.which(b"a.txt", path=os.path.join(top, "src")), shutil.which("sub", path=os.path.join(top, "src")))
u = shutil.disk_usage(".")
print(type(u).__name__, u.total >= u.used, u.total == u[0], len(u), repr(u).startswith("usage(total="))
os.environ["COLUMNS"] = "100"
os.environ["LINES"] = "30"
print(shutil.get_terminal_size(), shutil.get_terminal_size().columns)
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError), shutil.COPY_BUFSIZE > 0)
shutil.rmtree(top)
print(os.path.exists(top))
