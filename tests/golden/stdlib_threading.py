# threading: threads with targets and subclasses, locks, counters, Condition ping-pong, Event, Barrier, Timer, local, excepthook, daemon and CPU-bound threads
import threading
import time

# counters under a lock: exact totals
counter = 0
lock = threading.Lock()
def add(n):
    global counter
    for i in range(n):
        with lock:
            counter += 1
workers = [threading.Thread(target=add, args=(5000,)) for i in range(4)]
print([w.name.split(" ")[1] for w in workers], [w.is_alive() for w in workers])
for w in workers: w.start()
for w in workers: w.join()
print("counter", counter, [w.is_alive() for w in workers], threading.active_count())

# subclass overriding run, kwargs, results collected after join
class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__(name="sq-%d" % n)
        self.n = n
        self.result = None
    def run(self):
        self.result = self.n * self.n
sq = [Squarer(i) for i in range(5)]
for t in sq: t.start()
for t in sq: t.join()
print([(t.name, t.result) for t in sq])
out = {}
def kw(a, b=0, *, c=0):
    out[a] = b + c
t = threading.Thread(target=kw, args=(1,), kwargs={"b": 2, "c": 3}); t.start(); t.join()
print(out, t.ident is not None, t.native_id is not None, isinstance(t.ident, int))

# Condition ping-pong: strictly alternating
cond = threading.Condition()
turn = ["ping"]
log = []
def player(me, other, n):
    for i in range(n):
        with cond:
            cond.wait_for(lambda: turn[0] == me)
            log.append(me)
            turn[0] = other
            cond.notify_all()
p1 = threading.Thread(target=player, args=("ping", "pong", 5))
p2 = threading.Thread(target=player, args=("pong", "ping", 5))
p1.start(); p2.start(); p1.join(); p2.join()
print(" ".join(log))

# Event and timeouts
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
setter = threading.Thread(target=ev.set); setter.start(); setter.join()
print(ev.is_set(), ev.wait(), ev.wait(0))
ev.clear(); print(ev.is_set())
with cond:
    print("wait timeout", cond.wait(0.01))

# Barrier: every party gets a distinct index, the action runs once
arrived = []
barrier = threading.Barrier(3, action=lambda: arrived.append("action"))
indexes = []
def meet():
    i = barrier.wait()
    with lock:
        indexes.append(i)
ms = [threading.Thread(target=meet) for i in range(3)]
for m in ms: m.start()
for m in ms: m.join()
print(sorted(indexes), arrived, barrier.parties, barrier.n_waiting, barrier.broken)
b2 = threading.Barrier(2, timeout=0.01)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("broken", b2.broken)
b2.reset(); print("after reset", b2.broken)

# Timer: one fires, one is cancelled
fired = []
t1 = threading.Timer(0.01, fired.append, args=["t1"])
t2 = threading.Timer(5, fired.append, args=["t2"])
t1.start(); t2.start(); t2.cancel(); t1.join(); t2.join()
print("timers", fired)

# thread-local data
data = threading.local()
data.x = "main"
seen = []
def use_local(v):
    print_ok = not hasattr(data, "x")
    data.x = v
    time.sleep(0.001)
    with lock:
        seen.append((v, data.x, print_ok))
ls = [threading.Thread(target=use_local, args=(i,)) for i in range(3)]
for t in ls: t.start()
for t in ls: t.join()
print(sorted(seen), data.x)
class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v
ml = MyLocal(7)
res = []
t = threading.Thread(target=lambda: res.append(ml.v)); t.start(); t.join()
print("local init", res, ml.v)

# excepthook
caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
def boom():
    raise ValueError("bad value")
t = threading.Thread(target=boom, name="boomer"); t.start(); t.join()
threading.excepthook = threading.__excepthook__
print("hook", caught)

# a CPU-bound pair: each spins until both have made progress, which needs the GIL
# to change hands while both are busy
progress = [0, 0]
def spin(k):
    while progress[0] < 1000 or progress[1] < 1000:
        progress[k] += 1
spinners = [threading.Thread(target=spin, args=(k,)) for k in range(2)]
for s in spinners: s.start()
for s in spinners: s.join()
print("both progressed", progress[0] >= 1000 and progress[1] >= 1000)

# current_thread, main_thread, enumerate, daemon
print(threading.current_thread() is threading.main_thread(), threading.current_thread().name)
names = []
t = threading.Thread(target=lambda: names.append(threading.current_thread().name), name="worker")
t.start(); t.join()
print(names, len(threading.enumerate()), threading.get_ident() == threading.main_thread().ident)
d = threading.Thread(target=time.sleep, args=(60,), daemon=True)
d.start()
print("daemon", d.daemon, d.is_alive())
print(repr(threading.Thread(name="x")))
