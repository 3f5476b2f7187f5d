# pathlib concrete paths: mkdir/touch/read/write, iterdir, glob/rglob, stat, symlinks, rename/replace, resolve, errors
import os
import stat
from pathlib import Path

top = Path("pathlib_io_scratch")


def remove_tree(path):
    for child in path.iterdir():
        if child.is_dir() and not child.is_symlink():
            remove_tree(child)
        else:
            child.unlink()
    path.rmdir()


def rel(paths):
    return sorted(str(p.relative_to(top)) for p in paths)


if top.exists():
    remove_tree(top)
top.mkdir()
(top / "a" / "b" / "c").mkdir(parents=True)
(top / "a").mkdir(exist_ok=True)
for bad in [lambda: top.mkdir(), lambda: (top / "x" / "y").mkdir(), lambda: (top / "a").rmdir()]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename == os.fspath(e.filename) and "filename ok")

f = top / "a" / "notes.txt"
print(f.write_text("hello\nworld\n"), f.read_text(), f.read_bytes(), f.stat().st_size, f.exists(), f.is_file(), f.is_dir())
print((top / "data.bin").write_bytes(b"\x00\x01\x02"), (top / "data.bin").read_bytes(),
      (top / "data.bin").write_bytes(bytearray(b"xyz")), (top / "data.bin").read_bytes())
for bad in [lambda: f.write_text(b"x"), lambda: f.write_bytes("x"), lambda: (top / "nope").read_text()]:
    try:
        bad()
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
with f.open("a") as fh:
    fh.write("more\n")
with (top / "a" / "notes.txt").open() as fh:
    print(fh.readlines())
print(f.read_text().count("\n"), f.open("rb").read()[:5])

t = top / "a" / "b" / "touched.py"
t.touch()
t.touch()
print(t.exists(), t.stat().st_size, stat.S_ISREG(t.stat().st_mode))
try:
    t.touch(exist_ok=False)
except FileExistsError as e:
    print("FileExistsError", e.errno)
(top / "a" / "b" / "c" / "deep.py").touch()
(top / ".hidden.py").touch()
(top / "top.py").touch()

print(rel(top.iterdir()))
print(rel(top.glob("*.py")), rel(top.glob("*")), rel(top.glob("a/*")))
print(rel(top.glob("**/*.py")), rel(top.rglob("*.py")), rel(top.glob("**")), rel(top.glob("*/")))
print(rel(top.glob("a/b/c/deep.py")), rel(top.glob("a/missing/*")), rel(top.glob("*/b")), rel(top.rglob("c")))
print(rel((top / "nope").glob("*")), rel(top.glob("[.]*")), rel(top.glob("a/**/")))
for bad in ["", "/abs", "a**b"]:
    try:
        list(top.glob(bad))
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)

link = top / "link"
link.symlink_to("a")
print(link.is_symlink(), link.is_dir(), link.readlink(), rel(link.iterdir()), rel(top.glob("link/*.txt")))
broken = top / "broken"
broken.symlink_to("nowhere")
print(broken.is_symlink(), broken.exists(), broken.is_file(), stat.S_ISLNK(broken.lstat().st_mode))
print(link.resolve() == (top / "a").resolve(), top.resolve().is_absolute(), (top / "a" / ".." / "top.py").resolve().name)
try:
    (top / "nope").resolve(strict=True)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
print(link.samefile(top / "a"), f.samefile(str(f)), (top / "a").samefile(top / "data.bin"))
hard = top / "hard.txt"
hard.hardlink_to(f)
print(hard.stat().st_nlink, hard.read_text() == f.read_text())

moved = (top / "top.py").rename(top / "moved.py")
print(type(moved).__name__, moved, moved.exists(), (top / "top.py").exists())
(top / "other.py").write_text("other")
print((top / "other.py").replace(moved), moved.read_text())
moved.unlink()
moved.unlink(missing_ok=True)
try:
    moved.unlink()
except FileNotFoundError as e:
    print("FileNotFoundError", e)
f.chmod(0o600)
print(stat.filemode(f.stat().st_mode), oct(stat.S_IMODE(f.stat().st_mode)))
print(Path.cwd() == Path(os.getcwd()), Path.home() == Path(os.path.expanduser("~")), Path("~/x").expanduser().name)
print(Path("rel").absolute() == Path.cwd() / "rel", Path("/abs").absolute(), Path("~").expanduser().is_absolute())
print(top.is_mount(), Path("/").is_mount(), top.is_fifo(), top.is_socket(), top.is_block_device(), top.is_char_device())
print(Path("/dev/null").is_char_device(), Path("nope").is_dir(), Path("nope/x").exists())
print(f.owner() == Path(".").owner(), isinstance(f.group(), str))
(top / "loop1").symlink_to("loop2")
(top / "loop2").symlink_to("loop1")
cwd = os.getcwd()
for name in ["nope/x", ".", "link", "loop1", "a/notes.txt/x"]:
    for strict in (False, True):
        try:
            print(name, strict, os.path.realpath(top / name, strict=strict).replace(cwd, "CWD"))
        except OSError as e:
            print(name, strict, type(e).__name__, e)
        try:
            print(name, strict, str((top / name).resolve(strict)).replace(cwd, "CWD"))
        except (OSError, RuntimeError) as e:
            print(name, strict, type(e).__name__, str(e).replace(cwd, "CWD"))
remove_tree(top)
print(top.exists())
