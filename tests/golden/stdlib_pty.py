# pty: spawn runs /bin/echo on a new terminal and copies what it writes (the terminal
# turns "\n" into "\r\n") to a master_read that records it; fork gives a child on a
# terminal that says so; openpty's ends talk to each other; and the os functions pty
# stands on (dup, dup2, ttyname, execv's argument checks).
import os
import pty
import sys
import tty

seen = []


def recording_read(fd):
    data = os.read(fd, 1024)
    seen.append(data)
    return data


sys.stdout.flush()
out_r, out_w = os.pipe()
saved_stdout = os.dup(1)
os.dup2(out_w, 1)  # spawn's copy of the child's output goes to our pipe
status = pty.spawn(["/bin/echo", "hello", "from", "a pty"], master_read=recording_read)
os.dup2(saved_stdout, 1)
os.close(out_w)
copied = os.read(out_r, 1024)
os.close(out_r)
print("status", status)
print("read", b"".join(seen))
print("copied", copied)

status = pty.spawn("/bin/true", master_read=recording_read)
print("true:", status)

sys.stdout.flush()
pid, master = pty.fork()
if pid == pty.CHILD:
    os.write(1, ("child on a tty: %s\n" % os.isatty(0)).encode())
    os._exit(3)
got = b""
while True:
    try:
        chunk = os.read(master, 1024)
    except OSError:
        break
    if not chunk:
        break
    got += chunk
os.close(master)
_, status = os.waitpid(pid, 0)
print("fork:", got, os.WEXITSTATUS(status))

master, slave = pty.openpty()
print(os.isatty(master), os.isatty(slave), os.ttyname(slave).startswith("/dev/pts/"))
tty.setraw(slave)  # no echo, no "\r\n" for "\n": each end reads exactly what the other wrote
os.write(master, b"typed\n")
print(os.read(slave, 100))
os.write(slave, b"shown\n")
print(os.read(master, 100))
os.close(master)
os.close(slave)

fd = os.dup(0)
print(os.get_inheritable(fd), os.dup2(fd, 50), os.get_inheritable(50), os.dup2(fd, 51, inheritable=False),
      os.get_inheritable(51))
for f in (fd, 50, 51):
    os.close(f)
for args in (("/bin/echo", "x"), ("/bin/echo", []), ("/bin/echo", [""])):
    try:
        os.execv(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    os.execv("/nonexistent/program", ["program"])
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.ttyname(99)
except OSError as e:
    print(type(e).__name__, e.errno)
