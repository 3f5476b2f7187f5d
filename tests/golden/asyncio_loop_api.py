# The classic loop API: new_event_loop/set_event_loop, run_until_complete (coroutines,
# gather, tasks), run_forever with call_soon chains and stop(), close(), errors.
import asyncio
async def work(n):
    await asyncio.sleep(0)
    print("work", n)
    return n * 2
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(work(1)))
print(loop.run_until_complete(asyncio.gather(work(2), work(3))))
t = loop.create_task(work(4))
print(loop.run_until_complete(t))
def tick(n):
    print("tick", n)
    if n < 3:
        loop.call_soon(tick, n + 1)
    else:
        loop.stop()
loop.call_soon(tick, 0)
loop.run_forever()
print(loop.is_running(), loop.is_closed())
async def nested():
    try:
        loop.run_until_complete(work(9))
    except RuntimeError as e:
        print(e)
loop.run_until_complete(nested())
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(work(5))
except RuntimeError as e:
    print(e)
print(asyncio.run(work(6)))
