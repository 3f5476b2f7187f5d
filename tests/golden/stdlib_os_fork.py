# os.fork and os.waitpid: a child started after a thread ran, talking back over a pipe; its exit status; waitpid with no child left
import os, sys, threading
r, w = os.pipe()
print("before fork"); sys.stdout.flush()
t = threading.Thread(target=lambda: None); t.start(); t.join()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, b"hi from child %d" % sum(range(1000)))
    os._exit(3)
os.close(w)
print(os.read(r, 100))
p, st = os.waitpid(pid, 0)
print(p == pid, st >> 8, os.WNOHANG)
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print(e)
# the child allocates a lot (the collector works there) and runs Python code in a loop
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    data = [str(i) * 3 for i in range(2000)]
    os.write(w, str(len(''.join(data))).encode())
    os._exit(0)
os.close(w)
print(os.read(r, 100), os.waitpid(pid, 0)[1])
os.close(r)
