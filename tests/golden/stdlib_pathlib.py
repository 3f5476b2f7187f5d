# pathlib pure paths: parsing, parts/parents/suffixes, joining with /, with_*, relative_to, match, ordering, Windows flavour
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath, PosixPath, WindowsPath
import os

p = PurePath("/usr//local/./bin/python3.11.tar.gz")
print(p, repr(p), p.parts, p.drive, p.root, p.anchor, p.name, p.suffix, p.suffixes, p.stem)
print(p.parent, list(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], len(p.parents), p.parents)
for s in ["", ".", "..", "a/../b", "//a/b", "///a/b", "/", "a/", "./a/./b/.", ".hidden", "x.", "a.b.",
          "..foo", "foo.tar.gz", "/a/b/"]:
    q = PurePosixPath(s)
    print(repr(s), str(q), q.parts, q.name, repr(q.suffix), q.suffixes, repr(q.stem), q.parent, q.is_absolute())
print(PurePosixPath("a") / "b" / PurePosixPath("c"), "x" / PurePosixPath("y"), PurePath("a", "/b", "c"))
print(PurePath("a").joinpath("b", "c/d", "/e", "f"), PurePath(PurePath("a"), "b"), PurePath("/a") / "/b")
print(PurePath("a") / os.path.join("x", "y"), PurePath(b"x".decode()), PurePath("a\\b").parts)

for w in ["c:/Windows\\System32", "//server/share/x/y", "C:a", "c:", "\\a", "a/b", "C:/", "//srv/sh",
          "d:\\x\\y.txt"]:
    q = PureWindowsPath(w)
    print(repr(w), str(q), repr(q), q.parts, q.drive, q.root, q.anchor, q.name, q.is_absolute(), q.as_posix())
print(PureWindowsPath("C:/a") == PureWindowsPath("c:/A"), PureWindowsPath("c:/a").as_uri(),
      PureWindowsPath("//h/s/f").as_uri(), PurePath("/a b/é%").as_uri())
print(PureWindowsPath("c:/x") / "d:y", PureWindowsPath("c:/x") / "c:y", PureWindowsPath("c:/x") / "/z",
      PureWindowsPath("a") / "c:/b", PureWindowsPath("c:", "/", "a"))
print([PureWindowsPath(n).is_reserved() for n in ["nul", "a/CON.txt", "com1", "x", "//s/h/nul"]])
print(PureWindowsPath("C:/Users/Me").relative_to("c:/users"), PureWindowsPath("A/B").match("a/*"),
      hash(PureWindowsPath("A")) == hash(PureWindowsPath("a")))
print(PurePosixPath("a") == PureWindowsPath("a"), PurePosixPath("A") == PurePosixPath("a"))

print(PurePath("/a/b/c").relative_to("/a"), PurePath("/a/b/c").relative_to("/a", "b"), PurePath("a/b").relative_to(""),
      PurePath("/a").relative_to("/"), PurePath("/a/b").is_relative_to("/a"), PurePath("/a/b").is_relative_to("a"))
for a, b in [("/a", "/b"), ("a", "/a"), ("/a", "a"), ("a/b", "a/c"), ("/", "a")]:
    try:
        PurePath(a).relative_to(b)
    except ValueError as e:
        print(e)
try:
    PurePath("a").relative_to()
except TypeError as e:
    print(e)

for path, pat in [("a/b.py", "*.py"), ("a/b.py", "b/*.py"), ("/a/b.py", "/*.py"), ("/a/b.py", "/a/*.py"),
                  ("a/b.py", "a/b/*.py"), ("b.PY", "*.py"), ("a/b", "**/b"), ("x/y/z", "y/*"), ("/x", "/x"),
                  ("a.py", "[ab].py"), ("a", "a/")]:
    print(path, pat, PurePath(path).match(pat), PureWindowsPath(path).match(pat))
try:
    PurePath("a").match("")
except ValueError as e:
    print(e)

print(PurePath("a.txt").with_suffix(".md"), PurePath("a.txt").with_suffix(""), PurePath("a").with_name("b.c"),
      PurePath("x/a.tar.gz").with_stem("q"), PurePath("/x/y").with_name("z"), PurePath("a.b.c").with_suffix(".d"))
for bad in [lambda: PurePath("").with_name("x"), lambda: PurePath("/").with_suffix(".x"),
            lambda: PurePath("a").with_suffix("md"), lambda: PurePath("a").with_suffix("."),
            lambda: PurePath("a").with_suffix("/.x"), lambda: PurePath("a").with_name("/b"),
            lambda: PurePath("a").with_name(""), lambda: PurePath("a").with_name("x/"),
            lambda: PurePath(3), lambda: PurePath("a") / 3, lambda: 3 / PurePath("a"),
            lambda: PurePath("a") < PureWindowsPath("b"), lambda: PurePath("a") < "b",
            lambda: PurePath("a").parents[1], lambda: PurePath("a/b").parents[-3],
            lambda: WindowsPath("a"), lambda: PurePath(b"a")]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError, NotImplementedError) as e:
        print(type(e).__name__, e)

paths = [PurePath(s) for s in ["b", "a/c", "a", "/z", "a/b", "A", "a/b/c"]]
print(sorted(paths), max(paths), min(paths), PurePath("a") <= PurePath("a"), PurePath("b") > PurePath("a/z"))
print(hash(PurePath("a/b")) == hash(PurePath("a//b")), len({PurePath("x"), PurePath("./x"), PurePath("y")}))
print(bytes(PurePath("/x/é")), os.fspath(PurePath("a/b")), str(PurePath("a") / ".."), PurePath("a") == "a")
print(type(Path("a")).__name__, type(PurePath("a")).__name__, isinstance(Path("a"), PurePosixPath),
      type(Path("a") / "b").__name__, type("a" / PurePosixPath("b")).__name__, type(Path("a").parent).__name__)
print(Path("a") == PurePosixPath("a"), PosixPath("a/b"), repr(Path("x y")), str(Path("/a/b").parents[0]))
print(PureWindowsPath("c:/a/b").relative_to("C:/A"), PureWindowsPath("c:/a").with_suffix(".x"),
      PureWindowsPath("c:/a/b.x").parent.parent, list(PureWindowsPath("c:/a/b").parents))
