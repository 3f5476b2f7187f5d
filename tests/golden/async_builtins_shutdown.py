# aiter()/anext() (with and without a default), "coroutine is being awaited already",
# iscoroutinefunction/iscoroutine,
# ensure_future/gather over plain awaitables, and asyncio.run closing an async
# generator left suspended when the main coroutine ends.
import asyncio

class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > self.n:
            raise StopAsyncIteration
        return self.i

async def agen(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print("agen finally", tag)

class Awaitable:
    def __await__(self):
        yield
        return "awaitable result"

async def slow():
    await asyncio.sleep(0)
    return 1

async def main():
    it = aiter(Count(2))
    print(await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print(type(anext(it, 0)).__name__)
    for bad in (1, [1]):
        try:
            aiter(bad)
        except TypeError as e:
            print(e)
        try:
            anext(bad)
        except TypeError as e:
            print(e)
    c = slow()
    c.send(None)
    try:
        await c
    except RuntimeError as e:
        print(e)
    print(await asyncio.gather(Awaitable(), asyncio.sleep(0, "slept")))
    print(await asyncio.ensure_future(Awaitable()))
    print(asyncio.iscoroutinefunction(slow), asyncio.iscoroutinefunction(agen),
          asyncio.iscoroutinefunction(len), asyncio.iscoroutine(c), asyncio.iscoroutine(slow))
    kept = agen("kept")
    print(await anext(kept))
    print("main done")

asyncio.run(main())
print("after run")
