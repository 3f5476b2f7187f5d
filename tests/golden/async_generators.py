# Async generators: __anext__, asend, athrow, aclose, finally blocks, exhaustion,
# type names and repr.
import asyncio

async def counter(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print("counter got", got)
    finally:
        print("counter finally")

async def echo():
    value = None
    while True:
        try:
            value = yield value
        except ValueError as e:
            value = "handled " + str(e)

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def sleeper():
    for i in range(3):
        await asyncio.sleep(0)
        yield i * i

async def main():
    g = counter(3)
    print(type(g).__name__, repr(g).startswith("<async_generator object counter at"))
    print(g.__name__, g.__qualname__, g.ag_running)
    print(g.__aiter__() is g)
    print(await g.__anext__())
    print(await g.asend("hi"))
    print(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("still exhausted")

    e = echo()
    print(await e.asend(None))
    print(await e.asend("x"))
    print(await e.athrow(ValueError("v")))
    await e.aclose()
    print("echo closed")

    g2 = counter(10)
    print(await g2.__anext__())
    await g2.aclose()
    print("aclose done")
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print("closed generator is exhausted")

    g3 = counter(5)
    await g3.__anext__()
    try:
        await g3.athrow(KeyError("boom"))
    except KeyError as err:
        print("athrow propagated", repr(err))

    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as err:
        print("RuntimeError:", err)

    print([x async for x in sleeper()])
    out = []
    async for v in counter(2):
        out.append(v)
    print(out)
    aw = g.__anext__()
    print(type(aw).__name__, type(g.athrow(ValueError)).__name__)

asyncio.run(main())
