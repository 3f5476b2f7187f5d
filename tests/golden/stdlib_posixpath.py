# posixpath and genericpath: posixpath is os.path, genericpath names the shared
# functions; commonpath, ismount, samestat and sameopenfile with their errors.
import os
import os.path
import posixpath
import genericpath
import tempfile
from posixpath import commonpath, join

def err(f, *a):
    try:
        print("ok", repr(f(*a)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(posixpath is os.path, posixpath.__name__, join("a", "b"))
print(sorted(posixpath.__all__))
print(genericpath.exists is os.path.exists, genericpath.isdir("/"), genericpath.isfile("/"),
      genericpath.commonprefix(["interspecies", "interstellar"]), sorted(genericpath.__all__))
from genericpath import *
print(exists("/"), getsize is os.path.getsize)
print(posixpath.sep, posixpath.pathsep, posixpath.curdir, posixpath.pardir, posixpath.extsep,
      posixpath.altsep, posixpath.devnull, posixpath.defpath, posixpath.supports_unicode_filenames)

for paths in [["/usr/lib", "/usr/local/lib"], ["/usr/lib/", "/usr/lib"], ["a/b", "a/c"], ["a", "b"],
              ["/a/./b", "/a/b/c"], ["./a/b", "a//b/c"], ["/"], ["/", "/a"], [""], ["a/b/c"],
              ["/usr/lib", "/usr/lib"], ["spam/egg", "spam/eggs"], [b"/a/b", b"/a/c"], [b"x"], ("p/q", "p/r"),
              ["..", "../a"], ["a/..", "a/../b"]]:
    print("commonpath", paths, repr(commonpath(paths)))
print(repr(commonpath(iter(["/x/y", "/x/z"]))))
err(commonpath, [])
err(commonpath, ["/a", "a"])
err(commonpath, ["a", "/a"])
err(commonpath, ["/a", b"/a"])
err(commonpath, [b"a", "a"])
err(commonpath, [1])
err(commonpath, 5)

with tempfile.TemporaryDirectory() as d:
    f = os.path.join(d, "f")
    with open(f, "w") as fh:
        fh.write("x")
    link = os.path.join(d, "l")
    os.symlink(f, link)
    s1, s2, s3 = os.stat(f), os.stat(link), os.stat(d)
    print(posixpath.samestat(s1, s2), posixpath.samestat(s1, s3), genericpath.samestat(s3, s3))
    with open(f) as a, open(link) as b, open(f) as c:
        print(posixpath.sameopenfile(a.fileno(), b.fileno()), posixpath.sameopenfile(a.fileno(), c.fileno()))
    fd = os.open(d, os.O_RDONLY)
    with open(f) as a:
        print(posixpath.sameopenfile(fd, a.fileno()))
    os.close(fd)
    print(posixpath.ismount(d), posixpath.ismount(f), posixpath.ismount(link), posixpath.ismount(d + "/nope"))
    print(posixpath.ismount(os.path.join(d, "f", "x")), posixpath.ismount(d.encode()))

print(posixpath.ismount("/"), posixpath.ismount(b"/"), posixpath.ismount("/proc"), posixpath.ismount("/\0"))
err(posixpath.ismount, 3.5)
err(posixpath.samestat, 1, 2)
err(posixpath.sameopenfile, "a", 1)
err(posixpath.sameopenfile, 9999, 9998)
