# asyncio.Queue (bounded and unbounded, task_done/join, nowait errors), Event and Lock,
# with producer/consumer interleavings as CPython orders them.
import asyncio

async def producer(q, name, n):
    for i in range(n):
        await q.put((name, i))
        print("put", name, i, "qsize", q.qsize())

async def consumer(q, name, results):
    while True:
        item = await q.get()
        print(name, "got", item)
        results.append(item)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    results = []
    consumers = [asyncio.create_task(consumer(q, "c%d" % i, results)) for i in range(2)]
    await asyncio.gather(producer(q, "p1", 3), producer(q, "p2", 2))
    await q.join()
    print("joined", len(results))
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)

    q2 = asyncio.Queue()
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q3 = asyncio.Queue(1)
    q3.put_nowait("x")
    try:
        q3.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull", q3.full())
    print(q3.get_nowait(), q3.empty())
    try:
        q3.task_done()
        q3.task_done()
    except ValueError as e:
        print(e)

    ev = asyncio.Event()
    async def waiter(i):
        print("waiter", i, "waiting")
        r = await ev.wait()
        print("waiter", i, "woke", r)
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("is_set", ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    print(await ev.wait())
    ev.clear()
    print("cleared", ev.is_set())

    lock = asyncio.Lock()
    async def critical(i):
        async with lock:
            print("enter", i, lock.locked())
            await asyncio.sleep(0.001)
            print("leave", i)
    await asyncio.gather(*(critical(i) for i in range(3)))
    print(await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print(e)

asyncio.run(main())
