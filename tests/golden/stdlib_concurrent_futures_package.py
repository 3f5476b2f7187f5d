# concurrent.futures as a package: _base, thread and process submodules (nested stdlib packages), the names each exports, classes' __module__, an uncaught CancelledError named by its module
import concurrent.futures
import concurrent.futures._base
from concurrent.futures.thread import ThreadPoolExecutor, BrokenThreadPool
from concurrent.futures.process import ProcessPoolExecutor, BrokenProcessPool
from concurrent.futures import _base, thread, process
from concurrent.futures._base import Future, Executor, CancelledError, wait, as_completed
import concurrent.futures.thread as cft

print(concurrent.futures.__name__, concurrent.futures._base.__name__, cft.__name__)
print(sorted(concurrent.futures.__all__))

# the package's names are the submodules' objects
print(concurrent.futures.Future is _base.Future is Future)
print(concurrent.futures.ThreadPoolExecutor is thread.ThreadPoolExecutor is ThreadPoolExecutor)
print(concurrent.futures.ProcessPoolExecutor is process.ProcessPoolExecutor)
print(concurrent.futures.wait is wait, concurrent.futures.as_completed is as_completed)
print(concurrent.futures.CancelledError is CancelledError)
print(concurrent.futures.InvalidStateError is _base.InvalidStateError)
print(concurrent.futures.TimeoutError is TimeoutError)
for name in ("FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"):
    print(name, getattr(concurrent.futures, name) == getattr(_base, name))

# where the classes live, as in CPython
for cls in (Future, Executor, CancelledError, _base.InvalidStateError, _base.BrokenExecutor,
            ThreadPoolExecutor, BrokenThreadPool, ProcessPoolExecutor, BrokenProcessPool):
    print(cls.__name__, cls.__module__)
print(issubclass(BrokenThreadPool, concurrent.futures.BrokenExecutor),
      issubclass(BrokenProcessPool, _base.BrokenExecutor),
      issubclass(ThreadPoolExecutor, Executor), issubclass(ProcessPoolExecutor, Executor))
print(hasattr(concurrent.futures, "BrokenThreadPool"))

# the pools still work through the submodules' names
with cft.ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(pow, 2, n) for n in range(6)]
    done, not_done = wait(futures)
    print(sorted(f.result() for f in done), len(not_done))
    print(list(pool.map(str.upper, ["a", "b"])))


def boom():
    raise ValueError("in pool")


with ThreadPoolExecutor(max_workers=1, initializer=boom) as broken:
    f = broken.submit(print, "never")
    try:
        f.result()
    except BrokenThreadPool as e:
        print("BrokenThreadPool:", e)

with process.ProcessPoolExecutor(max_workers=1) as pool:
    print(pool.submit(sum, [1, 2, 3]).result())
    print(list(pool.map(abs, [-1, -2], chunksize=2)))

f = _base.Future()
print(f.cancel(), f.cancelled())
f.result()
