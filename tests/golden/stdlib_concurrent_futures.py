# concurrent.futures Future on its own: states, reprs, callbacks, set_result/set_exception, cancel, timeouts, wait and as_completed
import concurrent.futures as cf
from concurrent.futures import Future, wait, as_completed, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED
import threading


def state(f):
    return repr(f).split(' state=')[1]


print(cf.TimeoutError is TimeoutError, cf.CancelledError.__mro__[1].__name__)
print(cf.InvalidStateError.__mro__[1].__name__, issubclass(cf.BrokenExecutor, RuntimeError))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(sorted(cf.__all__))
print(Future[int].__origin__ is Future, Future[int].__args__)

f = Future()
print(state(f), f.done(), f.running(), f.cancelled())
print(f.set_running_or_notify_cancel(), state(f), f.running())
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)
print(f.cancel(), state(f))
f.set_result([1, 2])
print(state(f), f.result(), f.exception(), f.done())
try:
    f.set_result(3)
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(':')[0])
try:
    f.set_exception(ValueError())
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(':')[0])

g = Future()
g.set_exception(KeyError('k'))
print(state(g), repr(g.exception()))
try:
    g.result()
except KeyError as e:
    print("result raised", repr(e))

# callbacks: in order, at once when already done, exceptions logged and ignored
log = []
h = Future()
h.add_done_callback(lambda fut: log.append(('first', fut.result())))
h.add_done_callback(lambda fut: 1 / 0)
h.add_done_callback(lambda fut: log.append(('third', fut.done())))
print(log)
h.set_result(42)
print(log)
h.add_done_callback(lambda fut: log.append('late'))
print(log)

# cancel: callbacks run, result/exception raise CancelledError
c = Future()
c.add_done_callback(lambda fut: log.append(('cancelled cb', fut.cancelled())))
print(c.cancel(), c.cancel(), state(c), c.done(), log[-1])
for meth in (c.result, c.exception):
    try:
        meth()
    except cf.CancelledError as e:
        print(type(e).__name__, repr(str(e)))
print(c.set_running_or_notify_cancel(), state(c))

# timeouts
p = Future()
for meth in (p.result, p.exception):
    try:
        meth(timeout=0.01)
    except TimeoutError as e:
        print("timed out", type(e).__name__, repr(str(e)))

# result set from another thread while result() waits
q = Future()
t = threading.Thread(target=lambda: q.set_result('from thread'))
t.start()
print(q.result(timeout=5))
t.join()

# wait
done_ok, done_err, pending1, pending2 = Future(), Future(), Future(), Future()
done_ok.set_result(1)
done_err.set_exception(ValueError('boom'))
r = wait([done_ok, pending1], timeout=0.01)
print(type(r).__name__, r._fields, len(r.done), len(r.not_done), done_ok in r.done, pending1 in r.not_done)
r = wait([done_ok, pending1], return_when=FIRST_COMPLETED)
print(len(r.done), len(r.not_done))
r = wait([done_ok, done_err, pending1], return_when=FIRST_EXCEPTION)
print(len(r.done), len(r.not_done))
r = wait([done_ok, done_ok, done_err], return_when=ALL_COMPLETED)
print(len(r.done), len(r.not_done))
try:
    wait([pending1], return_when='SOMETIMES')
except ValueError as e:
    print("ValueError:", e)
try:
    wait([pending1, pending2], timeout=0.01, return_when='SOMETIMES')
except ValueError as e:
    print("ValueError:", e)
print(pending1._waiters)

# wait woken by a completion in another thread
gate = threading.Event()
def finisher():
    gate.wait()
    pending2.set_exception(OSError('disk'))
t = threading.Thread(target=finisher)
t.start()
gate.set()
r = wait([pending1, pending2], return_when=FIRST_EXCEPTION)
print(pending2 in r.done, pending1 in r.not_done, repr(pending2.exception()))
t.join()

# as_completed: finished ones first, then in completion order, duplicates once
order = []
fs = [Future() for _ in range(4)]
fs[2].set_result('c')
def complete_in_turn():
    for i in (3, 0, 1):
        fs[i].set_result('abcd'[i])
t = threading.Thread(target=complete_in_turn)
started = False
for fut in as_completed(fs + [fs[2]]):
    order.append(fut.result())
    if not started:
        t.start()
        started = True
t.join()
print(sorted(order), order[0], len(order))

stuck = [Future(), Future(), Future()]
stuck[1].set_result(None)
got = []
try:
    for fut in as_completed(stuck, timeout=0.02):
        got.append(fut)
except TimeoutError as e:
    print("TimeoutError:", e, len(got))
print([len(x._waiters) for x in stuck])
try:
    for fut in as_completed([Future()], timeout=0):
        pass
except cf.TimeoutError as e:
    print("TimeoutError:", e)
print(list(as_completed([])), wait([]))
