# multiprocessing (thread-based in trc): the spec's example, Pool map/starmap/apply/async/imap, Process lifecycle and exit codes, Queue, Value/Array, locks
import multiprocessing
import multiprocessing.pool

def square(x):
    return x * x

def add(a, b):
    return a + b

def fail(x):
    raise ValueError("bad %d" % x)

def produce(q, n):
    for i in range(n):
        q.put(i)

def exit_with(code):
    raise SystemExit(code)

def worker_name(q):
    q.put(multiprocessing.current_process().name)

if __name__ == "__main__":
    cpu_count = multiprocessing.cpu_count()
    print(f"Available CPUs: {cpu_count > 0}")
    pool = multiprocessing.Pool()
    process = multiprocessing.Process()
    queue = multiprocessing.Queue()
    lock = multiprocessing.Lock()
    semaphore = multiprocessing.Semaphore(value=5)
    event = multiprocessing.Event()
    print(process.pid, process.exitcode, process.is_alive() if False else "initial")
    print(pool.map(square, range(10)))
    print(pool.starmap(add, [(1, 2), (3, 4), (5, 6)]))
    print(pool.apply(add, (2, 3)), pool.apply(square, kwds={"x": 9}))
    r = pool.apply_async(square, (12,))
    r.wait()
    print(r.get(timeout=5), r.ready(), r.successful())
    bad = pool.apply_async(fail, (3,))
    try:
        bad.get()
    except ValueError as e:
        print("raised", e, bad.successful())
    try:
        pool.map(fail, [2])
    except ValueError as e:
        print("map raised", e)
    m = pool.map_async(square, [4, 5, 6])
    print(m.get(), pool.starmap_async(add, [(1, 1)]).get())
    collected = []
    pool.apply_async(square, (3,), callback=collected.append).wait()
    print("callback", collected)
    print(list(pool.imap(square, range(6))), sorted(pool.imap_unordered(square, range(6))))
    print(pool.map(square, []))
    pool.close()
    try:
        pool.map(square, [1])
    except ValueError as e:
        print(e)
    pool.join()
    p2 = multiprocessing.Pool(2)
    try:
        p2.join()
    except ValueError as e:
        print(e)
    p2.terminate(); p2.join()
    with multiprocessing.Pool(processes=3) as p3:
        print(p3.map(add, [1, 2], ) if False else p3.starmap(add, [(10, 1), (20, 2)]))
    with multiprocessing.pool.ThreadPool(2) as tp:
        print("threadpool", tp.map(square, [7, 8]))
    try:
        multiprocessing.Pool(0)
    except ValueError as e:
        print(e)

    # processes: start, join, exitcode, name, queue between them
    q = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=produce, args=(q, 5)) for i in range(3)]
    for p in procs: p.start()
    for p in procs: p.join()
    items = sorted(q.get() for i in range(15))
    print(items, [p.exitcode for p in procs], [p.is_alive() for p in procs])
    named = multiprocessing.Process(target=worker_name, args=(q,), name="named-worker")
    named.start(); named.join()
    print(q.get(), named.name, named.pid is not None)
    codes = []
    for code in (0, 3, None):
        p = multiprocessing.Process(target=exit_with, args=(code,))
        p.start(); p.join()
        codes.append(p.exitcode)
    print("exit codes", codes)
    print(multiprocessing.current_process().name, multiprocessing.parent_process())

    # shared memory
    counter = multiprocessing.Value('i', 0)
    arr = multiprocessing.Array('d', 4)
    def bump(k):
        for i in range(200):
            with counter.get_lock():
                counter.value += 1
        with arr.get_lock():
            arr[k] = k * 1.5
    ps = [multiprocessing.Process(target=bump, args=(k,)) for k in range(4)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(counter.value, arr[:], len(arr), list(multiprocessing.Array('i', [3, 1, 2])))
    print(multiprocessing.Value('d').value, multiprocessing.Value('i', 5, lock=False).value)

    # locks and events
    with lock:
        print("locked section")
    print(semaphore.acquire(), event.is_set())
    event.set()
    print(event.wait(1))
    jq = multiprocessing.JoinableQueue()
    jq.put(1); jq.get(); jq.task_done(); jq.join()
    print("joinable done", jq.empty())
    try:
        raise multiprocessing.TimeoutError("slow")
    except multiprocessing.ProcessError as e:
        print(type(e).__name__, e)
