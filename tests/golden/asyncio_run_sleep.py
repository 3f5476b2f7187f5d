# asyncio.run, sleep and create_task: the interleaving of tasks must be CPython's
# (a new task first runs at the next loop iteration; timers fire in time order).
import asyncio

async def worker(name, delays):
    for d in delays:
        print(name, "sleep", d)
        await asyncio.sleep(d)
    print(name, "done")
    return name

async def spinner(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return n

async def main():
    print("main start")
    t1 = asyncio.create_task(spinner("s1", 3))
    t2 = asyncio.create_task(spinner("s2", 2))
    print("tasks created", t1.done(), t2.done())
    await asyncio.sleep(0)
    print("main after sleep(0)")
    print(await t1, await t2, t1.done(), t1.result())
    slow = asyncio.create_task(worker("slow", [0.1]))
    fast = asyncio.create_task(worker("fast", [0.01, 0.01]))
    print(await slow, await fast)
    print(await asyncio.sleep(0.001, result="payload"))
    t3 = asyncio.create_task(spinner("s3", 1), name="custom")
    print(t3.get_name())
    await t3
    print(asyncio.current_task().get_name())
    loop = asyncio.get_running_loop()
    print(loop.time() > 0, loop.is_running())
    return "main result"

print(asyncio.run(main()))
print(asyncio.run(spinner("again", 2)))
