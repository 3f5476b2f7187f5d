# Generator expressions with await inside are async generators: sum() etc. refuse them,
# as in CPython; an awaited first iterable is evaluated in the coroutine.
import asyncio

async def double(x):
    return 2 * x

async def items():
    return [1, 2, 3]

async def main():
    print(sum(x for x in await items()))
    print(max(x * 10 for x in await items()))
    try:
        sum(await double(x) for x in range(3))
    except TypeError as e:
        print("TypeError", e)
    print([v async for v in (await double(x) for x in range(3))])
    print(any(x async for x in agen()) if False else "skipped")

async def agen():
    yield 1

asyncio.run(main())
