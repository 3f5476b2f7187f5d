# concurrent.futures.ThreadPoolExecutor: submit, map (order, timeout, errors), thread names, initializer and its failure, shutdown, cancel_futures, callbacks, a fan-out
from concurrent.futures import ThreadPoolExecutor, BrokenExecutor, wait, as_completed, FIRST_COMPLETED
import concurrent.futures
import threading
import os


def state(f):
    return repr(f).split(' state=')[1]


def square(x):
    return x * x


def fail(msg):
    raise ValueError(msg)


# map keeps the order of its arguments, zips several iterables
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(12))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6])))
    print(list(ex.map(square, [])))
    f = ex.submit(square, 9)
    print(f.result(), state(f))
    f = ex.submit(fail, 'bad input')
    print(type(f.exception()).__name__, f.exception(), state(f))
    f = ex.submit(lambda *a, **k: (a, sorted(k.items())), 1, 2, x=3, fn=4)
    print(f.result())
    it = ex.map(lambda x: 10 // x, [5, 2, 0, 1])
    print(next(it), next(it))
    try:
        next(it)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

print(ThreadPoolExecutor()._max_workers == min(32, os.cpu_count() + 4))
for bad in (0, -1):
    try:
        ThreadPoolExecutor(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ThreadPoolExecutor(2, initializer=5)
except TypeError as e:
    print("TypeError:", e)

# worker names: PREFIX_N, or ThreadPoolExecutor-K_N; the pool grows only while none is idle
release = threading.Event()
arrived = threading.Barrier(3)
def blocking_name(_):
    arrived.wait()
    release.wait()
    return threading.current_thread().name
with ThreadPoolExecutor(max_workers=2, thread_name_prefix='crunch') as ex:
    fs = [ex.submit(blocking_name, i) for i in range(2)]
    arrived.wait()
    print([f.running() for f in fs])
    release.set()
    print(sorted(f.result() for f in fs))
    print(len(ex._threads))
ex = ThreadPoolExecutor(1)
name = ex.submit(lambda: threading.current_thread().name).result()
print(name.startswith('ThreadPoolExecutor-'), name.endswith('_0'))
print(threading.current_thread().name)

# initializer runs once per worker thread, with initargs
seen = []
def init(tag, box):
    box.append((tag, threading.current_thread().name))
with ThreadPoolExecutor(max_workers=1, thread_name_prefix='w', initializer=init, initargs=('ready', seen)) as ex:
    print(list(ex.map(square, [1, 2, 3])))
print(seen)

# a failing initializer breaks the pool: pending futures and later submits get BrokenThreadPool
def bad_init():
    raise RuntimeError('no database')
ex = ThreadPoolExecutor(max_workers=1, initializer=bad_init)
f = ex.submit(square, 3)
exc = f.exception(timeout=5)
print(type(exc).__name__, isinstance(exc, BrokenExecutor), exc)
try:
    ex.submit(square, 4)
except BrokenExecutor as e:
    print(type(e).__name__, e)
ex.shutdown()

# shutdown: no new work, idempotent; cancel_futures cancels what has not started
ex = ThreadPoolExecutor(max_workers=1)
gate = threading.Event()
started = threading.Event()
def hold():
    started.set()
    gate.wait()
    return 'held'
first = ex.submit(hold)
queued = [ex.submit(square, i) for i in range(3)]
started.wait()
print(state(first), [state(q) for q in queued])
print(queued[0].cancel(), state(queued[0]))
print(first.cancel())
ex.shutdown(wait=False, cancel_futures=True)
print([state(q) for q in queued])
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
gate.set()
print(first.result())
ex.shutdown()
ex.shutdown(wait=True)
try:
    with ex:
        ex.submit(square, 2)
except RuntimeError as e:
    print("RuntimeError:", e)

# done callbacks run in the worker that completes the future
names = []
with ThreadPoolExecutor(max_workers=1, thread_name_prefix='cb') as ex:
    go = threading.Event()
    f = ex.submit(go.wait)
    f.add_done_callback(lambda fut: names.append((threading.current_thread().name, fut.result())))
    go.set()
print(names)
f.add_done_callback(lambda fut: names.append(threading.current_thread().name))
print(names[-1])

# map with a timeout: the calls not reached are cancelled
ex = ThreadPoolExecutor(max_workers=1)
gate = threading.Event()
it = ex.map(lambda x: gate.wait() and x, [1, 2, 3], timeout=0.05)
try:
    list(it)
except TimeoutError as e:
    print("TimeoutError", repr(str(e)))
gate.set()
ex.shutdown()

# wait and as_completed with pool futures
with ThreadPoolExecutor(max_workers=3) as ex:
    gate = threading.Event()
    slow = ex.submit(gate.wait)
    quick = ex.submit(square, 5)
    done, not_done = wait([slow, quick], return_when=FIRST_COMPLETED)
    print(quick in done, slow in not_done)
    gate.set()
    print(sorted(f.result() for f in as_completed([slow, quick])))

# a CPU-ish fan-out: count primes in ranges, combined in submission order
def count_primes(lo, hi):
    n = 0
    for k in range(max(lo, 2), hi):
        d = 2
        while d * d <= k:
            if k % d == 0:
                break
            d += 1
        else:
            n += 1
    return n
with ThreadPoolExecutor(max_workers=4) as ex:
    bounds = [(i, i + 2500) for i in range(0, 20000, 2500)]
    futures = {ex.submit(count_primes, lo, hi): (lo, hi) for lo, hi in bounds}
    counts = {futures[f]: f.result() for f in as_completed(futures)}
print([counts[b] for b in bounds], sum(counts.values()))
