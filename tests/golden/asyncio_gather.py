# asyncio.gather: results in argument order, return_exceptions, first exception wins,
# cancellation, duplicates and empty gathers.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    print("job", name, "finished")
    if fail:
        raise ValueError(name)
    return name * 2

async def main():
    print(await asyncio.gather(job("a", 0.1), job("b", 0.05), job("c", 0)))
    print(await asyncio.gather())
    res = await asyncio.gather(job("x", 0, True), job("y", 0.001), return_exceptions=True)
    print([repr(r) for r in res])
    try:
        await asyncio.gather(job("p", 0.001, True), job("q", 0.05))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.1)
    t = asyncio.create_task(job("t", 0.001))
    print(await asyncio.gather(t, t, job("u", 0)))
    g = asyncio.gather(job("long1", 1), job("long2", 1))
    await asyncio.sleep(0)
    print("cancel gather", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    inner = asyncio.create_task(job("slowpoke", 1))
    g2 = asyncio.gather(inner, job("quick", 0), return_exceptions=True)
    await asyncio.sleep(0.005)
    inner.cancel()
    print([type(r).__name__ for r in await g2])

asyncio.run(main())
