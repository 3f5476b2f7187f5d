# os.mkfifo, os.mknod (FIFOs and regular files), and the device number helpers
# os.major, os.minor, os.makedev; the errors for an existing path.
import os
import stat
import tempfile

old = os.umask(0o022)
try:
    with tempfile.TemporaryDirectory() as tmp:
        fifo = os.path.join(tmp, "pipe")
        print(os.mkfifo(fifo), stat.S_ISFIFO(os.stat(fifo).st_mode), oct(stat.S_IMODE(os.stat(fifo).st_mode)))
        os.mkfifo(os.path.join(tmp, "pipe2"), 0o600)
        print(oct(stat.S_IMODE(os.stat(os.path.join(tmp, "pipe2")).st_mode)))
        node = os.path.join(tmp, "node")
        print(os.mknod(node, stat.S_IFIFO | 0o640), stat.S_ISFIFO(os.stat(node).st_mode))
        regular = os.path.join(tmp, "regular")
        os.mknod(regular)
        st = os.stat(regular)
        print(stat.S_ISREG(st.st_mode), st.st_size, oct(stat.S_IMODE(st.st_mode)))
        for call in (lambda: os.mkfifo(fifo), lambda: os.mknod(regular),
                     lambda: os.mkfifo(os.path.join(tmp, "no", "such"))):
            try:
                call()
            except OSError as e:
                print(type(e).__name__, e.errno)
finally:
    os.umask(old)
dev = os.makedev(8, 17)
print(dev, os.major(dev), os.minor(dev), os.major(os.makedev(259, 70000)), os.minor(os.makedev(259, 70000)))
