# contextlib async: asynccontextmanager (throw, suppression, errors), aclosing, AsyncExitStack, nullcontext and AsyncContextDecorator
import asyncio
import contextlib
from contextlib import asynccontextmanager, aclosing, AsyncExitStack, nullcontext


@asynccontextmanager
async def session(name):
    """An async session."""
    print("connect", name)
    try:
        yield name + "!"
    finally:
        print("disconnect", name)


@asynccontextmanager
async def swallow():
    try:
        yield
    except LookupError as e:
        print("swallowed", repr(e))


@asynccontextmanager
async def no_yield():
    if False:
        yield


@asynccontextmanager
async def two_yields():
    yield
    yield


async def ticker(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("ticker finalized")


class AsyncRes:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("aenter", self.name)
        return self.name

    async def __aexit__(self, t, v, tb):
        print("aexit", self.name, t.__name__ if t else None)
        return False


async def main():
    async with session("db") as s:
        print("using", s)
    print(session.__name__, session.__doc__)
    try:
        async with session("x"):
            raise ValueError("in block")
    except ValueError as e:
        print("propagated", e)
    async with swallow():
        raise KeyError("k")
    print("after swallow")
    for make in (no_yield, two_yields):
        try:
            async with make():
                pass
        except RuntimeError as e:
            print(make.__name__, e)
    try:
        async with session("si"):
            raise StopAsyncIteration("kept")
    except StopAsyncIteration as e:
        print("StopAsyncIteration kept:", e)

    @session("deco")
    async def decorated(x):
        print("decorated body", x)
        return x + 1

    print(await decorated(1))

    async with aclosing(ticker(10)) as t:
        async for i in t:
            if i == 2:
                break
            print("tick", i)
    print("after aclosing")

    async with nullcontext("nc") as v:
        print("async nullcontext", v)

    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(AsyncRes("A"))
        b = stack.enter_context(nullcontext("sync"))
        stack.callback(print, "sync callback")

        async def acb(msg):
            print("async callback", msg)

        stack.push_async_callback(acb, "hello")

        async def aexit_fn(t, v, tb):
            print("push_async_exit fn sees", t)

        stack.push_async_exit(aexit_fn)
        stack.push_async_exit(AsyncRes("pushed"))
        print("body", a, b)

    async def suppressing(t, v, tb):
        print("suppressing", t.__name__)
        return True

    async with AsyncExitStack() as stack:
        stack.push_async_exit(suppressing)
        await stack.enter_async_context(AsyncRes("inner"))
        raise IndexError("suppressed by async exit")
    print("async suppression done")

    try:
        async with AsyncExitStack() as stack:
            async def boom(*a):
                raise KeyError("from aexit")
            stack.push_async_exit(boom)
            raise ValueError("body")
    except KeyError as e:
        print(repr(e), "context", repr(e.__context__))

    stack = AsyncExitStack()
    stack.callback(print, "closed by aclose")
    moved = stack.pop_all()
    await stack.aclose()
    await moved.aclose()

    try:
        await AsyncExitStack().enter_async_context(5)
    except TypeError as e:
        print(e)

    class Timed(contextlib.AsyncContextDecorator):
        async def __aenter__(self):
            print("timed enter")

        async def __aexit__(self, *exc):
            print("timed exit")

    @Timed()
    async def job():
        return "job done"

    print(await job())
    print(isinstance(AsyncRes("z"), contextlib.AbstractAsyncContextManager),
          isinstance(AsyncRes("z"), contextlib.AbstractContextManager))


asyncio.run(main())
