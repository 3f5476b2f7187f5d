# threading and _thread: exact error texts, lock and RLock semantics, Semaphore limits, default excepthook (stderr), _thread API
import _thread
import threading

def show(f, *args):
    try:
        r = f(*args)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

lock = threading.Lock()
show(lock.release)
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(True, 0.01))
lock.release()
show(lock.acquire, False, 1)
show(lock.acquire, True, -5)
with lock:
    print("in with", lock.locked())
print("after with", lock.locked())

r = threading.RLock()
show(r.release)
print(r.acquire(), r.acquire(), r._is_owned())
r.release(); r.release()
print(r._is_owned())
with r:
    with r:
        print("nested rlock")

t = threading.Thread(target=print)
show(t.join)
t.start(); t.join()
show(t.start)
show(threading.current_thread().join)
def set_daemon():
    t.daemon = True
show(set_daemon)

c = threading.Condition()
show(c.wait)
show(c.notify)
show(threading.Semaphore, -1)
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release(2)
print(s.acquire(), s.acquire())
show(s.release, 0)
bs = threading.BoundedSemaphore(1)
show(bs.release)

# _thread directly
done = _thread.allocate_lock()
done.acquire()
results = []
def job(a, b=0):
    results.append(a + b)
    done.release()
_thread.start_new_thread(job, (1,), {"b": 41})
done.acquire()
print(results, type(_thread.get_ident()), _thread.error is RuntimeError, _thread.TIMEOUT_MAX == threading.TIMEOUT_MAX)
show(_thread.start_new_thread, 1, ())
show(_thread.start_new_thread, print, [])
show(_thread.start_new_thread, print, (), 1)
print(type(lock) is _thread.LockType, _thread.stack_size())

# thread-local subclasses: class attributes, methods, per-thread __dict__, errors
class L(threading.local):
    default = 5
    def __init__(self, a, b=2):
        self.a = a; self.b = b
    def total(self):
        return self.a + self.b + self.default
l = L(1, b=3)
res = []
def use_l():
    res.append((l.a, l.b, l.total(), sorted(l.__dict__.items())))
    l.a = 100
    res.append(l.a)
t = threading.Thread(target=use_l); t.start(); t.join()
print(res, l.a, l.total(), l.__dict__)
show(threading.local, 1)
x = threading.local()
show(lambda: x.missing)
x.v = 1; del x.v
def del_v():
    del x.v
show(del_v)
print(threading.local, type(x).__name__, isinstance(l, threading.local))

# the GIL's switch interval
import sys
print(sys.getswitchinterval())
show(sys.setswitchinterval, "x")
show(sys.setswitchinterval, 0)
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(0.005)

# the default excepthook prints to stderr; the program goes on
def fail():
    raise KeyError("lost")
t = threading.Thread(target=fail, name="failing")
t.start(); t.join()
print("still running", t.is_alive())

# non-daemon threads outlive the main module: exit waits for them; joining the main
# thread returns when the main module has ended
joined = threading.Event()
def join_main():
    threading.main_thread().join()
    print("main thread joined")
    joined.set()
def late():
    joined.wait()
    print("late thread done")
threading.Thread(target=join_main).start()
threading.Thread(target=late).start()
print("main done")
