# The os examples of the stdlib spec, run in a temporary directory (the spec's fixed
# paths adapted), plus stat, scandir, walk, the environment and CPython's error texts.
import os
import sys

start = os.getcwd()
tmp = "/tmp/trc_stdlib_os_%d" % os.getpid()
os.mkdir(tmp)

# Current directory
print(os.getcwd() == start)

# Change directory
os.chdir(tmp)
print(os.getcwd() == os.path.realpath(tmp))

# List directory
files = os.listdir(".")
print(files)

# File operations
with open("old.txt", "w") as f:
    f.write("hello")
os.rename("old.txt", "new.txt")
with open("file.txt", "w") as f:
    f.write("x")
print(sorted(os.listdir(".")))
os.remove("file.txt")
print(sorted(os.listdir(".")))

# Directory operations
os.mkdir("new_directory")
os.makedirs("path/to/directory")
os.mkdir("directory")
os.rmdir("directory")
print(sorted(os.listdir(".")), os.listdir("path"), os.listdir("path/to"))

# Path operations
path = os.path.join("dir", "file.txt")
print(path)
print(os.path.exists("file.txt"))
print(os.path.isfile("new.txt"))
print(os.path.isdir("new_directory"))
print(os.path.basename("/path/to/file.txt"))
print(os.path.dirname("/path/to/file.txt"))

# Environment variables
home = os.environ.get("HOME")
print(home == os.getenv("HOME"))
os.environ["MY_VAR"] = "value"
print(os.environ["MY_VAR"], os.getenv("MY_VAR"), "MY_VAR" in os.environ)

# Execute system command (a deterministic one: the child sees MY_VAR)
sys.stdout.flush()
print(os.system("echo from the shell: $MY_VAR"))
print(os.system("exit 3") >> 8)

# stat
st = os.stat("new.txt")
print(st.st_size, len(st), type(st.st_mtime).__name__, type(st[8]).__name__)
print(oct(st.st_mode & 0o170000), st.st_mtime == os.path.getmtime("new.txt"), st[6] == st.st_size)
print(isinstance(st, tuple), type(st).__name__, repr(st).startswith("os.stat_result(st_mode="))
print(os.lstat("new.txt").st_size, os.path.getsize("new.txt"))
os.chmod("new.txt", 0o640)
print(oct(os.stat("new.txt").st_mode & 0o777))

# makedirs, removedirs, walk, scandir
os.makedirs("path/to/directory", exist_ok=True)
with open("path/to/a.txt", "w") as f:
    f.write("aa")
for root, dirs, names in os.walk("."):
    dirs.sort()
    print(root, dirs, sorted(names))
print([r for r, d, n in os.walk("path", topdown=False)])
for root, dirs, names in os.walk("."):
    dirs[:] = [d for d in dirs if d != "path"]
    print("pruned:", root, dirs)
with os.scandir(".") as it:
    for entry in sorted(it, key=lambda e: e.name):
        print(entry, entry.name, entry.path, entry.is_file(), entry.is_dir(), entry.is_symlink())
print([e.stat().st_size for e in os.scandir("path/to") if e.is_file()])
print(sorted(e.path for e in os.scandir()), sorted(e.path for e in os.scandir(b"path")))
print(sorted(os.listdir(b".")), os.getcwdb() == os.getcwd().encode())
os.remove("path/to/a.txt")
os.removedirs("path/to/directory")
print(os.path.exists("path"))

# errors: CPython's classes, errno and messages
def attempt(label, f, *args):
    try:
        f(*args)
        print(label, "no error")
    except (OSError, TypeError, ValueError) as e:
        print(label, type(e).__name__, e.args, "|", e)
        if isinstance(e, OSError):
            print("   ", e.errno, e.strerror, e.filename, e.filename2)

attempt("remove", os.remove, "file.txt")
attempt("unlink", os.unlink, "missing")
attempt("rmdir", os.rmdir, "directory")
attempt("rmdir file", os.rmdir, "new.txt")
attempt("rmdir nonempty", os.rmdir, ".")
attempt("rename", os.rename, "a.txt", "b.txt")
attempt("listdir", os.listdir, "nope")
attempt("listdir file", os.listdir, "new.txt")
attempt("stat", os.stat, "nope")
attempt("chdir", os.chdir, "nope")
attempt("mkdir exists", os.mkdir, "new_directory")
attempt("makedirs exists", os.makedirs, "new_directory")
attempt("getsize", os.path.getsize, "nope")
attempt("remove dir", os.remove, "new_directory")
attempt("remove float", os.remove, 3.5)
attempt("stat list", os.stat, [1])
attempt("environ int", os.environ.__setitem__, "X", 1)
attempt("getenv int", os.getenv, 1)
try:
    os.environ["NOT_SET_ANYWHERE_X"]
except KeyError as e:
    print("KeyError", e)
try:
    raise FileNotFoundError(2, "No such file or directory", "x.txt")
except OSError as e:
    print(type(e).__name__, e, e.args, e.filename)
print(type(OSError(2, "x")).__name__, type(OSError(17, "x")).__name__, type(OSError(13, "x")).__name__)
print(os.error is OSError)

# the environment mapping
del os.environ["MY_VAR"]
print("MY_VAR" in os.environ, os.environ.get("MY_VAR", "gone"), os.getenv("MY_VAR"))
sys.stdout.flush()
os.system('echo "child: [$MY_VAR]"')
os.environ.update(A_VAR="1", B_VAR="2")
print(os.environ.pop("A_VAR"), os.environ.pop("A_VAR", "none"), os.environ.setdefault("B_VAR", "x"))
print(type(os.environ).__name__, type(os.environ.copy()).__name__, dict(os.environ) == os.environ.copy())
print(sorted(k for k in os.environ if k == "B_VAR"), len(os.environ) == len(os.environ.copy()))
os.putenv("PUT_VAR", "p")
print("PUT_VAR" in os.environ)
sys.stdout.flush()
os.system('echo "putenv: $PUT_VAR"')
os.unsetenv("PUT_VAR")

# constants and small functions
print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.devnull, os.pathsep, os.extsep, os.altsep)
print(isinstance(os.getpid(), int), os.getpid() > 0, os.cpu_count() >= 1)
r = os.urandom(16)
print(type(r).__name__, len(r), os.urandom(0))
print(os.fspath("a"), os.fspath(b"b"))
class P:
    def __fspath__(self):
        return "new.txt"
print(os.path.exists(P()), os.stat(P()).st_size, os.fspath(P()))
try:
    os.fspath(1)
except TypeError as e:
    print(e)
print(os.strerror(2))
print(os.access("new.txt", os.R_OK), os.access("nope", os.F_OK))

# file descriptors
fd = os.open("fd.bin", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"bytes via fd"), os.write(fd, bytearray(b"!")))
os.close(fd)
fd = os.open("fd.bin", os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
os.close(fd)
attempt("open missing", os.open, "missing.bin", os.O_RDONLY)
attempt("close bad", os.close, 987)
os.remove("fd.bin")

# clean up
os.remove("new.txt")
os.rmdir("new_directory")
os.chdir(start)
os.rmdir(tmp)
print(os.path.exists(tmp))
