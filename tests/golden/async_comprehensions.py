# Async comprehensions (list/set/dict, filters, nesting), await inside comprehensions
# and async generator expressions.
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    print([x async for x in agen(5)])
    print([x async for x in agen(6) if x % 2 == 0])
    print({x % 3 async for x in agen(7)})
    print({x: x * x async for x in agen(4)})
    print([await double(x) for x in range(4)])
    print([await double(x) async for x in agen(3) if await double(x) > 0])
    print([(a, b) async for a in agen(2) for b in range(2)])
    gen = (x * 10 async for x in agen(3))
    print(type(gen).__name__)
    print([y async for y in gen])
    pending = (await double(x) for x in range(3))
    print([v async for v in pending])
    total = 0
    async for v in (x async for x in agen(4)):
        total += v
    print(total)

asyncio.run(main())
