# Futures: set_result/set_exception, done callbacks scheduled in order (not called
# inline), awaiting a future resolved by another task, repr and state errors.
import asyncio

async def resolve_later(fut, value):
    await asyncio.sleep(0.001)
    print("resolving")
    fut.set_result(value)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut), fut.done())
    fut.add_done_callback(lambda f: print("callback 1", f.result()))
    fut.add_done_callback(lambda f: print("callback 2"))
    asyncio.create_task(resolve_later(fut, "value"))
    print("awaited", await fut)
    print(repr(fut))
    await asyncio.sleep(0)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    f2 = loop.create_future()
    f2.set_exception(ValueError("bad"))
    try:
        await f2
    except ValueError as e:
        print("future exception", e, repr(f2.exception()))
    f3 = asyncio.Future()
    f3.cancel()
    print(repr(f3), f3.cancelled())
    f4 = loop.create_future()
    cb = lambda f: print("removed callback ran")
    f4.add_done_callback(cb)
    print(f4.remove_done_callback(cb))
    f4.set_result(None)
    loop.call_soon(print, "call_soon", 1)
    h = loop.call_later(0.001, print, "never")
    h.cancel()
    loop.call_later(0.002, print, "call_later ran")
    print("before sleep")
    await asyncio.sleep(0.01)
    done = loop.create_future()
    done.set_result(5)
    done.add_done_callback(lambda f: print("late callback", f.result()))
    print("added late callback")
    await asyncio.sleep(0)
    print(isinstance(asyncio.create_task(asyncio.sleep(0)), asyncio.Future))
    t = asyncio.Task(asyncio.sleep(0, "via Task()"), name="direct")
    print(t.get_name(), await t)

asyncio.run(main())
