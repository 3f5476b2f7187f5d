# asyncio.wait (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, timeout), shield,
# Semaphore and BoundedSemaphore.
import asyncio

async def job(name, delay, fail=False, until=None):
    await asyncio.sleep(delay)
    if until:
        await until.wait()
    print("job", name, "finished")
    if fail:
        raise ValueError(name)
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    go = asyncio.Event()
    a = asyncio.create_task(job("a", 0.001), name="A")
    b = asyncio.create_task(job("b", 0, until=go), name="B")
    done, pending = await asyncio.wait([a, b], return_when=asyncio.FIRST_COMPLETED)
    print("first completed", names(done), names(pending))
    go.set()
    done, pending = await asyncio.wait([a, b])
    print("all completed", names(done), names(pending))
    c = asyncio.create_task(job("c", 0.001, fail=True), name="C")
    d = asyncio.create_task(job("d", 0, until=asyncio.Event()), name="D")
    done, pending = await asyncio.wait({c, d}, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception", names(done), names(pending), repr(c.exception()))
    done, pending = await asyncio.wait([d], timeout=0.001)
    print("timeout", names(done), names(pending))
    d.cancel()
    for bad in ([], [job("x", 0)], a):
        try:
            await asyncio.wait(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        await asyncio.wait([a], return_when="SOMETIMES")
    except ValueError as e:
        print(e)

    inner = asyncio.create_task(job("inner", 0.005), name="inner")
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner.cancelled())
    print("inner result", await inner)
    print(await asyncio.shield(job("direct", 0)))

    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            print("enter", i, sem.locked())
            await asyncio.sleep(0)  # no timers: the order must not depend on load
            print("leave", i)
    await asyncio.gather(*(limited(i) for i in range(5)))
    print(await sem.acquire(), sem.locked())
    sem.release()
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)
    print(isinstance(bs, asyncio.Semaphore))

asyncio.run(main())
