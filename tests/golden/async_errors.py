# Error messages of the coroutine protocols, as CPython 3.11 words them.
import asyncio

async def coro():
    return 1

class NoAexit:
    async def __aenter__(self):
        return self

class BadAiter:
    def __aiter__(self):
        return 1

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5

class BadAenter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        return False

async def main():
    try:
        await 1
    except TypeError as e:
        print(e)
    try:
        async for x in 1:
            pass
    except TypeError as e:
        print(e)
    try:
        async for x in BadAiter():
            pass
    except TypeError as e:
        print(e)
    try:
        async for x in BadAnext():
            pass
    except TypeError as e:
        print(e)
    try:
        async with 5:
            pass
    except TypeError as e:
        print(e)
    try:
        async with NoAexit():
            pass
    except TypeError as e:
        print(e)
    try:
        async with BadAenter():
            pass
    except TypeError as e:
        print(e)
    c = coro()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print(e)

asyncio.run(main())

try:
    for x in coro():
        pass
except TypeError as e:
    print(e)
c = coro()
try:
    c.send(1)
except TypeError as e:
    print(e)
c.close()
try:
    iter(c)
except TypeError as e:
    print(e)

async def agen():
    yield 1
g = agen()
try:
    for x in g:
        pass
except TypeError as e:
    print(e)
try:
    asyncio.run(5)
except ValueError as e:
    print(e)

async def nested():
    asyncio.run(coro())
c = coro()
try:
    asyncio.run(nested())
except RuntimeError as e:
    print(e)
c.close()
try:
    asyncio.create_task(coro())
except RuntimeError as e:
    print(e)

def delegating():
    yield from coro()
try:
    next(delegating())
except TypeError as e:
    print(e)
