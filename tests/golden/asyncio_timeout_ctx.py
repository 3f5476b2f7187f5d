# asyncio.timeout()/timeout_at() (3.11.2): the block's CancelledError becomes TimeoutError,
# nested timeouts, reschedule, expired(), and a block finishing in time.
import asyncio

async def work(tag, delay):
    try:
        await asyncio.sleep(delay)
        print(tag, "finished")
        return tag
    except asyncio.CancelledError:
        print(tag, "cancelled")
        raise

async def main():
    async with asyncio.timeout(1) as t:
        print(await work("quick", 0.001))
    print("expired?", t.expired(), repr(t))
    try:
        async with asyncio.timeout(0.02) as t:
            await work("slow", 10)
        print("not reached")
    except TimeoutError as e:
        print("TimeoutError", type(e.__context__).__name__, t.expired(), repr(t))
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.01):
                    await work("inner", 10)
            except TimeoutError:
                print("inner timeout caught")
            print(await work("after inner", 0))
    except TimeoutError:
        print("outer not expected")
    async with asyncio.timeout(None) as t:
        print("when", t.when())
        t.reschedule(asyncio.get_running_loop().time() + 0.01)
        try:
            await work("rescheduled", 10)
        except asyncio.CancelledError:
            print("sees CancelledError inside the block")
            raise
    print("unreachable")

async def outer():
    try:
        await main()
    except TimeoutError:
        print("rescheduled timeout raised TimeoutError")
    t = asyncio.timeout(1)
    async with t:
        pass
    try:
        t.reschedule(None)
    except RuntimeError as e:
        print(e)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at in the past")
    print(asyncio.current_task().cancelling())

asyncio.run(outer())
