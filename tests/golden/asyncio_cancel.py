# Task cancellation: CancelledError thrown into the coroutine, messages, catching and
# continuing, cancel before the first step, done callbacks and exception().
import asyncio

async def sleeper(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(name, "cancelled with args", e.args)
        raise

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores cancel")
    await asyncio.sleep(0)
    return "survived"

async def failing():
    await asyncio.sleep(0)
    raise KeyError("failing")

async def main():
    t = asyncio.create_task(sleeper("t1"))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel("again"))
    try:
        await t
    except asyncio.CancelledError:
        print("t1 done", t.done(), t.cancelled())
    print(t.cancel())
    t2 = asyncio.create_task(sleeper("t2"))
    t2.cancel("with message")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("t2 never started:", e.args)
    t3 = asyncio.create_task(sleeper("t3"))
    await asyncio.sleep(0)
    t3.cancel("msg3")
    try:
        await t3
    except asyncio.CancelledError as e:
        print("t3 args", e.args)
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())
    f = asyncio.create_task(failing())
    f.add_done_callback(lambda task: print("callback sees", repr(task.exception())))
    try:
        await f
    except KeyError as e:
        print("awaited error", e)
    await asyncio.sleep(0)
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() of cancelled task raises")
    try:
        t.exception()
    except asyncio.CancelledError:
        print("exception() of cancelled task raises")
    pending = asyncio.create_task(sleeper("pending"))
    try:
        pending.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    pending.cancel()
    await asyncio.sleep(0)
    print(pending.cancelled())

asyncio.run(main())
