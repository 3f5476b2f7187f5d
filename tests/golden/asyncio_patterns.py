# Typical asyncio code: a semaphore-backed async context manager limiting concurrency,
# a queue pipeline, an event signalled by a task, async generator comprehensions.
import asyncio

class RateLimiter:
    def __init__(self, n):
        self.sem = asyncio.Semaphore(n)
        self.active = 0
        self.peak = 0
    async def __aenter__(self):
        await self.sem.acquire()
        self.active += 1
        self.peak = max(self.peak, self.active)
        return self
    async def __aexit__(self, *exc):
        self.active -= 1
        self.sem.release()

async def fetch(url, limiter, results):
    async with limiter:
        await asyncio.sleep(0)
        if "bad" in url:
            raise ConnectionError(url)
        results[url] = len(url)
        return url.upper()

async def pipeline(n):
    q_in, q_out = asyncio.Queue(), asyncio.Queue()
    async def stage(name, src, dst):
        while True:
            item = await src.get()
            if item is None:
                await dst.put(None)
                break
            await dst.put(f"{name}({item})")
    async def feed():
        for i in range(n):
            await q_in.put(i)
        await q_in.put(None)
    mid = asyncio.Queue()
    await asyncio.gather(feed(), stage("a", q_in, mid), stage("b", mid, q_out))
    out = []
    while (x := q_out.get_nowait()) is not None:
        out.append(x)
    return out

async def ticker(name, n, ev):
    for i in range(n):
        await asyncio.sleep(0)
        print(f"{name} tick {i}")
    ev.set()

async def main():
    limiter = RateLimiter(2)
    results = {}
    urls = ["http://a", "http://bad", "http://ccc", "http://dd"]
    out = await asyncio.gather(*(fetch(u, limiter, results) for u in urls), return_exceptions=True)
    print([o if isinstance(o, str) else type(o).__name__ for o in out], sorted(results.items()), limiter.peak)
    print(await pipeline(4))
    ev = asyncio.Event()
    t = asyncio.create_task(ticker("T", 3, ev))
    print("waiting")
    await ev.wait()
    print("event set", t.done())
    await t
    async def gen_numbers():
        for i in range(5):
            yield i
            await asyncio.sleep(0)
    evens = [x async for x in gen_numbers() if x % 2 == 0]
    print(evens)
    tasks = {asyncio.create_task(asyncio.sleep(0, result=i)): i for i in range(3)}
    for t, i in tasks.items():
        print(i, await t)

asyncio.run(main())
