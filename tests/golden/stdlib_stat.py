# stat: filemode and S_IS* predicates; os.utime (times/ns), os.fstat, new os.O_* flags
import os
import stat

for m in (0o100644, 0o40755, 0o120777, 0o104755, 0o41777, 0o20600, 0o60660, 0o10644, 0o140755, 0o102750, 0):
    print(stat.filemode(m), stat.S_ISDIR(m), stat.S_ISREG(m), stat.S_ISLNK(m), stat.S_ISCHR(m),
          stat.S_ISBLK(m), stat.S_ISFIFO(m), stat.S_ISSOCK(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)))
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME, stat.S_IRWXU | stat.S_IRGRP, stat.S_IEXEC)
name = "stdlib_stat.tmp"
if os.path.lexists(name + ".link"):
    os.remove(name + ".link")
open(name, "w").close()
os.utime(name, (1000000000, 1200000000.5))
st = os.stat(name)
print(st.st_atime, st.st_mtime, st.st_mtime_ns, st[stat.ST_MTIME])
os.utime(name, ns=(5, 7_000_000_123))
print(os.stat(name).st_mtime_ns, os.stat(name).st_atime_ns)
os.utime(name, times=None)
print(os.stat(name).st_mtime > 1200000000)
for kw in ({"times": (1, 2), "ns": (1, 2)}, {"times": [1, 2]}, {"ns": (1,)}):
    try:
        os.utime(name, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
fd = os.open(name, os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW)
print(stat.S_ISREG(os.fstat(fd).st_mode), os.fstat(fd).st_size)
os.close(fd)
os.chmod(name, 0o640)
print(stat.filemode(os.stat(name).st_mode))
os.chmod(name, 0o600, follow_symlinks=False)
os.symlink(name, name + ".link")
try:
    os.chmod(name + ".link", 0o644, follow_symlinks=False)
except NotImplementedError as e:
    print(e)
print(stat.filemode(os.stat(name).st_mode), stat.filemode(os.lstat(name + ".link").st_mode))
os.remove(name + ".link")
os.remove(name)
try:
    os.utime(name)
except FileNotFoundError as e:
    print(e)
