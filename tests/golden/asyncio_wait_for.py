# asyncio.wait_for: completion in time, TimeoutError (the builtin in 3.11) with the
# inner task cancelled, zero and None timeouts.
import asyncio

async def slow(tag, delay):
    try:
        await asyncio.sleep(delay)
        print(tag, "completed")
        return tag
    except asyncio.CancelledError:
        print(tag, "was cancelled")
        raise
    finally:
        print(tag, "cleanup")

async def main():
    print(await asyncio.wait_for(slow("fast", 0.001), timeout=1))
    try:
        await asyncio.wait_for(slow("late", 1), 0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(slow("none", 0), None))
    try:
        await asyncio.wait_for(slow("zero", 1), 0)
    except TimeoutError:
        print("zero timeout")
    t = asyncio.create_task(slow("task", 0.001))
    await asyncio.sleep(0.1)
    print(await asyncio.wait_for(t, 0))
    try:
        await asyncio.wait_for(slow("err", 0), 1)
        raise ValueError("unreachable")
    except ValueError as e:
        print("ValueError", e)

asyncio.run(main())
