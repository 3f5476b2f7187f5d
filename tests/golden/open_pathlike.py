# open() takes os.PathLike objects (via __fspath__), bytes paths and int file descriptors
import os


class Where:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


name = "open_pathlike.tmp"
with open(Where(name), "w") as f:
    print(repr(f.name), f.write("alpha\nbeta\n"))
with open(name.encode(), "rb") as f:
    print(repr(f.name), f.read())
fd = os.open(name, os.O_RDONLY)
f = open(fd)
print(f.name, f.readline().rstrip())
f.close()
try:
    os.read(fd, 1)
except OSError as e:
    print("closed:", e.errno == 9)
fd = os.open(name, os.O_RDONLY)
with open(fd, closefd=False) as f:
    print(f.read().split())
print(os.read(fd, 3) == b"")
os.close(fd)
for bad in (Where(3.5), 2.5):
    try:
        open(bad)
    except TypeError as e:
        print(e)
try:
    open(Where("no/such/file"))
except FileNotFoundError as e:
    print(e)
try:
    open(name, closefd=False)
except ValueError as e:
    print(e)
os.remove(name)
