# os.path (posixpath): the three import forms, the string functions over edge cases,
# and the file tests, realpath and relpath on a temporary directory.
import os
import os.path
from os import path
from os.path import join, splitext

print(os.path is path, path.__name__, join("a", "b"), splitext("x.py"))

for args in [("a",), ("a", "b"), ("a/", "b"), ("a", "/b", "c"), ("", "x"), ("a", ""), ("/", "x"),
             ("a//", "b"), ("/a", "b/", "c"), ("a", "", "b"), ("", ""), ("dir", "file.txt")]:
    print("join", args, repr(os.path.join(*args)))

cases = ["", "/", "//", "///", "a", "a/", "/a/b", "a/b/", "/a//b//", "//a", "x/y/z.txt", ".bashrc",
         "a/.bashrc", "a.b.c", "a/b.c/d", "..", "...", "a..", "foo.tar.gz", "/path/to/file.txt",
         "..hidden.txt", "a/..b", "dir.d/", "/x/.y.z"]
for p in cases:
    print(repr(p), os.path.split(p), repr(os.path.basename(p)), repr(os.path.dirname(p)),
          os.path.splitext(p), os.path.isabs(p))

for p in ["", ".", "a/../b", "../a", "/../a", "a/./b/", "//x/../y", "///x", "a/b/../../..", "../../x/..",
          "./.", "a//b", "/a/b/c/../../d", "x/../../y"]:
    print("normpath", repr(p), repr(os.path.normpath(p)))

print(os.path.commonprefix(["/usr/lib", "/usr/local/lib"]), repr(os.path.commonprefix([])),
      os.path.commonprefix([[1, 2, 3], [1, 2, 4]]), os.path.commonprefix(["abc"]),
      repr(os.path.commonprefix(["a", "b"])))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"), os.path.relpath("/a/b", "/"),
      os.path.relpath("/", "/a/b"), os.path.relpath("a/b", "a"), os.path.relpath("x", "y"))
try:
    os.path.relpath("")
except ValueError as e:
    print("ValueError", e)

os.environ["HOME"] = "/home/someone/"
print(os.path.expanduser("~"), os.path.expanduser("~/x"), os.path.expanduser("x~"),
      os.path.expanduser("~nosuchuser_xyz/a"), os.path.expanduser("/~"))
os.environ["MYDIR"] = "/data"
print(os.path.expandvars("$MYDIR/x"), os.path.expandvars("${MYDIR}y"), os.path.expandvars("$NOPE_Q/z"),
      os.path.expandvars("a$"), os.path.expandvars("${MYDIR"))

print(os.path.splitdrive("/a/b"), os.path.splitdrive(b"c"), os.path.normcase("A/b"))

# bytes paths answer in bytes
print(os.path.join(b"a", b"b"), os.path.split(b"/x/y"), os.path.splitext(b"f.txt"), os.path.normpath(b"a/./b"))

# path-like objects
class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p
print(os.path.join(P("pp"), "x"), os.path.splitext(P("q.txt")), os.path.basename(P("/a/b")),
      os.path.dirname(P("/a/b")))

# type errors, with CPython's texts
for f, args in [(os.path.join, ("a", 1)), (os.path.join, (1,)), (os.path.join, ("a", b"b")),
                (os.path.basename, (None,)), (os.path.splitext, (3,)), (os.path.exists, (None,))]:
    try:
        print(f(*args))
    except TypeError as e:
        print("TypeError", e)

# the file system
start = os.getcwd()
tmp = "/tmp/trc_stdlib_os_path_%d" % os.getpid()
os.mkdir(tmp)
os.chdir(tmp)
with open("file.txt", "w") as f:
    f.write("12345")
os.mkdir("sub")
os.symlink("file.txt", "link")
os.symlink("missing", "dangling")
os.symlink("sub", "sublink")
for p in ["file.txt", "sub", "link", "dangling", "sublink", "nope", ""]:
    print(repr(p), os.path.exists(p), os.path.lexists(p), os.path.isfile(p), os.path.isdir(p), os.path.islink(p))
print(os.path.getsize("file.txt"), os.path.getsize("sub") > 0, type(os.path.getmtime("file.txt")).__name__)
here = os.path.realpath(".")
print(here == os.path.realpath(tmp), os.path.abspath("x") == os.path.join(here, "x"))
print(os.path.relpath(os.path.realpath("link"), here), os.path.relpath(os.path.realpath("sublink/../file.txt"), here))
print(os.path.relpath(os.path.realpath("dangling"), here), os.path.relpath(os.path.realpath("nope/x/.."), here))
print(os.path.relpath(os.path.abspath("a/b/../c"), here), os.path.relpath(os.path.join(here, "sub"), "sub"))
os.symlink("loop2", "loop1")
os.symlink("loop1", "loop2")
print(os.path.relpath(os.path.realpath("loop1"), here), os.path.exists("loop1"))
print(os.path.samefile("file.txt", "link"), os.path.samefile("file.txt", "sub"))
print(os.path.isabs(os.path.abspath(".")), os.path.abspath("/a/../b"))
for name in ["link", "dangling", "sublink", "loop1", "loop2", "file.txt"]:
    os.remove(name)
os.rmdir("sub")
os.chdir(start)
os.rmdir(tmp)
print(os.path.exists(tmp))
