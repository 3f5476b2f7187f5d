# async for over __aiter__/__anext__ objects (else, break, continue, nesting) and
# async with (__aenter__/__aexit__, exceptions, suppression, return inside).
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress

async def main():
    async for x in Ticker(3):
        print("tick", x)
    else:
        print("ticker exhausted")
    async for x in Ticker(10):
        if x == 2:
            continue
        if x == 4:
            break
        print("loop", x)
    else:
        print("not printed")
    pairs = []
    async for a in Ticker(2):
        async for b in Ticker(2):
            pairs.append((a, b))
    print(pairs)
    async with Resource("r1") as r:
        print("inside", r)
    async with Resource("r2", suppress=True):
        raise ValueError("swallowed")
    print("after suppress")
    try:
        async with Resource("r3"):
            raise KeyError("kept")
    except KeyError as e:
        print("propagated", e)
    async with Resource("a") as a, Resource("b") as b:
        print("both", a, b)
    print(await early_return())
    print(await loop_in_with())

async def early_return():
    async with Resource("ret"):
        return "returned from with"

async def loop_in_with():
    total = 0
    async for x in Ticker(5):
        async with Resource("L%d" % x):
            if x == 3:
                break
            total += x
    return total

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

run(main())
