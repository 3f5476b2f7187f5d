# fcntl: descriptor flags, status flags, F_DUPFD, record locks seen from another
# process (lockf, fcntl F_SETLK/F_GETLK with a packed struct flock), flock, ioctl with
# int, bytes and writable-buffer arguments, and CPython's errors
import array
import fcntl
import os
import struct
import tempfile
import termios

def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

print(fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.LOCK_UN, fcntl.FD_CLOEXEC)
print(fcntl.F_GETFD, fcntl.F_SETFD, fcntl.F_GETFL, fcntl.F_SETFL, fcntl.F_DUPFD, fcntl.F_DUPFD_CLOEXEC)
print(fcntl.F_GETLK, fcntl.F_SETLK, fcntl.F_SETLKW, fcntl.F_RDLCK, fcntl.F_WRLCK, fcntl.F_UNLCK)
print(fcntl.F_OFD_GETLK, fcntl.F_GETPIPE_SZ, fcntl.F_ADD_SEALS, fcntl.F_SEAL_WRITE, fcntl.DN_MULTISHOT)

r, w = os.pipe()
print(fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC, os.get_inheritable(r))
print(fcntl.fcntl(r, fcntl.F_SETFD, 0), os.get_inheritable(r))
print(fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
fcntl.fcntl(r, fcntl.F_SETFD, fcntl.FD_CLOEXEC)
print(os.get_inheritable(r))
fl = fcntl.fcntl(w, fcntl.F_GETFL)
print(fl & os.O_ACCMODE == os.O_WRONLY, bool(fl & os.O_NONBLOCK))
fcntl.fcntl(r, fcntl.F_SETFL, fcntl.fcntl(r, fcntl.F_GETFL) | os.O_NONBLOCK)
print(os.get_blocking(r))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print('BlockingIOError', e.errno)
d = fcntl.fcntl(r, fcntl.F_DUPFD, 100)
print(d >= 100, os.get_inheritable(d))
d2 = fcntl.fcntl(r, fcntl.F_DUPFD_CLOEXEC, 200)
print(d2 >= 200, os.get_inheritable(d2))
os.close(d)
os.close(d2)
print(fcntl.fcntl(w, fcntl.F_GETPIPE_SZ) >= 4096)

# ioctl: FIONREAD into a writable buffer (changed in place), a bytes copy, mutate_flag
os.write(w, b'hello')
buf = bytearray(4)
print(fcntl.ioctl(r, termios.FIONREAD, buf), struct.unpack('i', buf)[0])
print(struct.unpack('i', fcntl.ioctl(r, termios.FIONREAD, b'\0\0\0\0'))[0])
buf = bytearray(4)
print(struct.unpack('i', fcntl.ioctl(r, termios.FIONREAD, buf, False))[0], buf)
a = array.array('i', [0])
print(fcntl.ioctl(r, termios.FIONREAD, a), a[0])
print(fcntl.ioctl(r, termios.FIOCLEX), fcntl.ioctl(r, termios.FIONCLEX, 0))
with open(os.devnull) as f:
    t(fcntl.ioctl, f, termios.TIOCGWINSZ, b'\0' * 8)
    print(fcntl.fcntl(f, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY)

# locks: the child takes them, the parent sees them
fd, path = tempfile.mkstemp()
os.write(fd, b'x' * 100)
ready_r, ready_w = os.pipe()
done_r, done_w = os.pipe()
pid = os.fork()
if pid == 0:
    cfd = os.open(path, os.O_RDWR)
    fcntl.lockf(cfd, fcntl.LOCK_EX, 10, 20)
    lf = open(path)
    fcntl.flock(lf, fcntl.LOCK_SH)
    os.write(ready_w, b'1')
    os.read(done_r, 1)
    os._exit(0)
os.read(ready_r, 1)
try:
    fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 5, 25)
except OSError as e:
    print(type(e).__name__, e.errno in (11, 13))
fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 10)  # bytes 0..9 are free
fcntl.lockf(fd, fcntl.LOCK_UN, 10)
fmt = 'hhqqi'
res = fcntl.fcntl(fd, fcntl.F_GETLK, struct.pack(fmt, fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0))
typ, whence, start, length, lpid = struct.unpack(fmt, res)
print(typ == fcntl.F_WRLCK, start, length, lpid == pid, len(res))
res = fcntl.fcntl(fd, fcntl.F_GETLK, struct.pack(fmt, fcntl.F_WRLCK, os.SEEK_SET, 0, 5, 0))
print(struct.unpack(fmt, res)[0] == fcntl.F_UNLCK)
with open(path) as f2:
    fcntl.flock(f2, fcntl.LOCK_SH | fcntl.LOCK_NB)  # shared with the child's
    fcntl.flock(f2, fcntl.LOCK_UN)
    try:
        fcntl.flock(f2.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as e:
        print('BlockingIOError', e)
os.write(done_w, b'1')
print(os.waitpid(pid, 0)[1])
fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
fcntl.lockf(fd, fcntl.LOCK_UN)
fcntl.flock(fd, fcntl.LOCK_UN)
os.close(fd)
os.unlink(path)

# errors
t(fcntl.fcntl, r)
t(fcntl.fcntl, r, fcntl.F_GETFD, 1.5)
t(fcntl.fcntl, r, fcntl.F_GETFD, None)
t(fcntl.fcntl, r, 1.5)
t(fcntl.fcntl, -1, fcntl.F_GETFD)
t(fcntl.fcntl, 'x', fcntl.F_GETFD)
t(fcntl.fcntl, 99, fcntl.F_GETFD)
t(fcntl.fcntl, r, fcntl.F_GETFD, b'x' * 1025)
t(fcntl.fcntl, r, fcntl.F_GETFD, 'ab')
t(fcntl.fcntl, r, fcntl.F_GETFD, bytearray(b'ab'))
t(fcntl.fcntl, r, fcntl.F_SETFD, 2**40)
t(fcntl.fcntl, r, fcntl.F_SETFD, -1)
t(fcntl.fcntl, r, 2**40)
t(lambda: fcntl.fcntl(fd=r, cmd=1))
t(fcntl.ioctl, r)
t(fcntl.ioctl, r, 1.5)
t(fcntl.ioctl, r, termios.FIONREAD, 1.5)
t(fcntl.ioctl, r, -1)
t(fcntl.ioctl, r, 2**40)
t(fcntl.ioctl, r, termios.FIONREAD, b'x' * 1025)
t(fcntl.ioctl, r, termios.FIONREAD, bytearray(2000))
t(fcntl.ioctl, r, termios.FIONREAD, bytearray(2000), False)
t(fcntl.flock, r)
t(fcntl.flock, r, 1.5)
t(fcntl.flock, 99, fcntl.LOCK_SH)
t(fcntl.lockf, r, 0)
t(fcntl.lockf, r, 99)
t(fcntl.lockf, r, fcntl.LOCK_SH, 'x')
t(fcntl.lockf, r, fcntl.LOCK_SH, 0, 0, 0, 0)
t(fcntl.lockf, 99, fcntl.LOCK_SH)
t(fcntl.lockf, r, fcntl.LOCK_SH, 2**70)
t(fcntl.lockf, r, fcntl.LOCK_SH, 0, 2**70)
t(fcntl.lockf, r, fcntl.LOCK_SH, 0, 0, 'x')

class F:
    def fileno(self):
        return r

class G:
    def fileno(self):
        return 'x'

t(fcntl.fcntl, F(), fcntl.F_GETFD)
t(fcntl.fcntl, G(), fcntl.F_GETFD)
t(fcntl.fcntl, True, fcntl.F_GETFD)
t(fcntl.flock, object(), fcntl.LOCK_SH)
print(fcntl.fcntl.__name__, fcntl.__name__)
