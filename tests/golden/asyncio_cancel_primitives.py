# Cancellation while waiting in Queue.get/put, Lock, Event.wait and Semaphore.acquire:
# waiters are removed and the next one is woken as CPython does.
import asyncio
async def getter(q, name):
    try:
        v = await q.get()
        print(name, "got", v)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter(q, "g1"))
    g2 = asyncio.create_task(getter(q, "g2"))
    await asyncio.sleep(0)
    q.put_nowait(1)
    g1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(q.qsize(), g1.cancelled(), g2.done())
    lock = asyncio.Lock()
    await lock.acquire()
    async def locker(n):
        try:
            async with lock:
                print("locker", n, "in")
        except asyncio.CancelledError:
            print("locker", n, "cancelled")
    ls = [asyncio.create_task(locker(i)) for i in range(3)]
    await asyncio.sleep(0)
    ls[0].cancel()
    lock.release()
    await asyncio.gather(*ls)
    ev = asyncio.Event()
    w = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    print(w.cancelled())
    q2 = asyncio.Queue(1)
    await q2.put("a")
    p = asyncio.create_task(q2.put("b"))
    await asyncio.sleep(0)
    print(q2.get_nowait(), q2.qsize())
    await p
    print(q2.get_nowait())
    sem = asyncio.Semaphore(0)
    ws = [asyncio.create_task(sem.acquire()) for _ in range(3)]
    await asyncio.sleep(0)
    ws[1].cancel()
    sem.release(); sem.release()
    await asyncio.sleep(0)
    print([t.done() for t in ws], [t.cancelled() for t in ws], sem.locked())
asyncio.run(main())
