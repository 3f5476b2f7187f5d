# asyncio.as_completed: results in completion order, exceptions from the failing
# future, timeout; and printing from tasks as they complete.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name

async def main():
    order = []
    for coro in asyncio.as_completed([job("slow", 0.1), job("fast", 0.001), job("mid", 0.05)]):
        order.append(await coro)
    print(order)
    tasks = [asyncio.create_task(job("t%d" % i, (0.1, 0.05, 0.001)[i])) for i in range(3)]
    print([await c for c in asyncio.as_completed(tasks)])
    results = []
    for c in asyncio.as_completed([job("ok", 0.001), job("bad", 0.05, fail=True)]):
        try:
            results.append(await c)
        except ValueError as e:
            results.append("error " + str(e))
    print(results)
    got = []
    try:
        for c in asyncio.as_completed([job("quick", 0.001), job("never", 10)], timeout=0.1):
            got.append(await c)
    except TimeoutError:
        print("timed out after", got)
    lazy = asyncio.as_completed(asyncio.sleep(0))
    try:
        next(lazy)
    except TypeError as e:
        print(e)
    print(list(asyncio.as_completed([])))

asyncio.run(main())
