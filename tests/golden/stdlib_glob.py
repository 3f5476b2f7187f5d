# glob: *, ?, [..], ** (recursive), hidden files, root_dir, trailing '/', bytes, escape, has_magic
import glob
import os

top = "glob_scratch"


def remove_tree(path):
    for dirpath, dirnames, filenames in os.walk(path, topdown=False):
        for name in filenames:
            os.remove(os.path.join(dirpath, name))
        for name in dirnames:
            p = os.path.join(dirpath, name)
            if os.path.islink(p):
                os.remove(p)
            else:
                os.rmdir(p)
    os.rmdir(path)


if os.path.exists(top):
    remove_tree(top)
for d in ["a/b/c", "a/.hid", "d", "e[1]", "x*y"]:
    os.makedirs(os.path.join(top, d))
for f in ["a/one.py", "a/two.txt", "a/b/three.py", "a/b/c/four.py", "a/.hid/five.py", ".dot.py", "top.py",
          "d/six.md", "e[1]/seven.py", "x*y/eight", "a/b/.nine.py", "q?.txt"]:
    with open(os.path.join(top, f), "w") as fh:
        fh.write(f)
os.symlink("a", os.path.join(top, "link"))


def show(pattern, **kw):
    print(pattern, kw, sorted(glob.glob(os.path.join(top, pattern), **kw)))


show("*")
show("*.py")
show("*", include_hidden=True)
show(".*")
show("*/")
show("a/*.py")
show("*/*.py")
show("*/*/*.py")
show("a/?w*")
show("[a-d]")
show("[!a]*")
show("**", recursive=True)
show("**/*.py", recursive=True)
show("**/", recursive=True)
show("a/**", recursive=True)
show("**/*.py", recursive=True, include_hidden=True)
show("**/*.py")
show("a/**/c", recursive=True)
show("link/*.txt")
show("nothing*")
show("top.py")
show("missing.py")
show("a/")
show("top.py/")
show(glob.escape("e[1]") + "/*")
show("e[1]/*")
show(glob.escape("x*y") + "/*")
show(glob.escape("q?.txt"))
print(sorted(glob.glob("**/*.py", root_dir=top, recursive=True)))
print(sorted(glob.glob("*", root_dir=os.path.join(top, "a"))))
print(sorted(glob.glob(b"*.py", root_dir=top.encode())))
print(sorted(glob.glob(os.path.join(top, "a", "*").encode())))
print(sorted(glob.iglob(os.path.join(top, "d", "*"))))
it = glob.iglob(os.path.join(top, "*.py"))
print(iter(it) is it, sorted(it))
print(glob.glob(""), glob.glob("", recursive=True))
for s in ["abc", "a*c", "a?", "[x]", b"b*", b"plain", "x]"]:
    print(repr(s), glob.has_magic(s), repr(glob.escape(s)))
print(sorted(glob.glob1(os.path.join(top, "a"), "*.py")), glob.glob0(os.path.join(top, "a"), "one.py"))
cwd = os.getcwd()
os.chdir(top)
print(sorted(glob.glob("*.py")), sorted(glob.glob("**", recursive=True)))
os.chdir(cwd)
remove_tree(top)
print(glob.glob(os.path.join(top, "*")))
