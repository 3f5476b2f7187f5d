# An exception escaping the main coroutine propagates out of asyncio.run; pending
# tasks are cancelled at shutdown (their finally blocks run).
import asyncio

async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background cleaned up")

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    print("raising")
    raise LookupError("from main")

asyncio.run(main())
