# concurrent.futures.ProcessPoolExecutor: forked workers, submit and map (chunksize), worker exceptions re-raised by type and message, pickled arguments and results, initializers, a dying worker, argument checks, shutdown
from concurrent.futures import ProcessPoolExecutor, Executor, as_completed, wait
import concurrent.futures as cf
import pickle
import os


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


class AppError(Exception):
    pass


def norm1(p):
    return abs(p.x) + abs(p.y)


def scale(p, k):
    return Point(p.x * k, p.y * k)


def mutate(items):
    items.append('added in worker')
    return len(items)


def raise_app(code):
    raise AppError('code %d' % code)


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


GREETING = None


def set_greeting(word):
    global GREETING
    GREETING = word


def greet(name):
    return '%s %s' % (GREETING, name)


def broken_init():
    raise OSError('cannot start')


def worker_pid(_):
    return os.getpid()


class Unpicklable:
    def __reduce__(self):
        raise TypeError('no pickling me')


def give_unpicklable():
    return Unpicklable()


def die(code):
    os._exit(code)


def state(f):
    return repr(f).split(' state=')[1]


if __name__ == '__main__':
    print(issubclass(ProcessPoolExecutor, Executor))
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(ex.submit(norm1, Point(3, -4)).result())
        print(ex.submit(scale, Point(1, 2), k=3).result())
        print(list(ex.map(collatz_steps, range(1, 16))))
        print(list(ex.map(collatz_steps, range(1, 16), chunksize=4)))
        print(list(ex.map(pow, [2, 3, 4, 5], [2, 2, 2], chunksize=2)))
        print(list(ex.map(norm1, [], chunksize=3)))

        # arguments travel as copies: the caller's list is not changed
        items = ['mine']
        print(ex.submit(mutate, items).result(), items)

        # a worker's exception comes back with its type and message
        f = ex.submit(raise_app, 7)
        exc = f.exception()
        print(type(exc).__name__, exc, state(f))
        try:
            f.result()
        except AppError as e:
            print('caught AppError:', e)
        try:
            list(ex.map(int, ['1', '2', 'x'], chunksize=2))
        except ValueError as e:
            print('ValueError:', e)
        f = ex.submit(divmod, 7, 0)
        print(type(f.exception()).__name__, f.exception())

        # what cannot be pickled fails in the future, not in submit
        f = ex.submit(lambda: 1)
        print(type(f.exception()).__name__)
        print(isinstance(f.exception(), pickle.PicklingError))
        f = ex.submit(give_unpicklable)
        print(type(f.exception()).__name__, f.exception())
        print(ex.submit(norm1, Point(-1, 1)).result())

        fs = [ex.submit(collatz_steps, n) for n in (27, 97, 871)]
        print(sorted(f.result() for f in as_completed(fs)))
        done, not_done = wait(fs)
        print(len(done), len(not_done))

    try:
        ex.submit(norm1, Point(0, 0))
    except RuntimeError as e:
        print('RuntimeError:', e)

    for kwargs in ({'max_workers': 0}, {'max_workers': -2}, {'max_tasks_per_child': 0},
                   {'max_tasks_per_child': 1.5}, {'initializer': 'not callable'}):
        try:
            ProcessPoolExecutor(**kwargs)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ':', e)
    with ProcessPoolExecutor(1) as ex:
        try:
            ex.map(norm1, [Point(1, 1)], chunksize=0)
        except ValueError as e:
            print('ValueError:', e)

    # the initializer runs in each worker before its first call; if it fails the pool breaks
    with ProcessPoolExecutor(2, initializer=set_greeting, initargs=('hello',)) as ex:
        print(list(ex.map(greet, ['ann', 'bob', 'cy'])))
        pids = set(ex.map(worker_pid, range(6)))
    print(GREETING, os.getpid() in pids, 1 <= len(pids) <= 2)

    # max_tasks_per_child: a worker process is replaced after that many calls
    with ProcessPoolExecutor(1, max_tasks_per_child=2) as ex:
        pids = [ex.submit(worker_pid, i).result() for i in range(6)]
    print(len(set(pids)), pids[0] == pids[1], pids[1] != pids[2], pids[4] == pids[5])

    # a worker process that dies breaks the pool
    ex = ProcessPoolExecutor(1)
    print(ex.submit(collatz_steps, 3).result())
    f = ex.submit(die, 3)
    exc = f.exception()
    print(type(exc).__name__, exc)
    try:
        ex.submit(collatz_steps, 7)
    except cf.BrokenExecutor as e:
        print(type(e).__name__, e)
    ex.shutdown()
    ex = ProcessPoolExecutor(1, initializer=broken_init)
    f = ex.submit(collatz_steps, 6)
    exc = f.exception()
    print(type(exc).__name__, isinstance(exc, cf.BrokenExecutor), exc)
    try:
        ex.submit(collatz_steps, 7)
    except cf.BrokenExecutor as e:
        print(type(e).__name__, e)
    ex.shutdown()
