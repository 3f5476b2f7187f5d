# Objects with __await__: generator methods, iterator classes, delegation to another
# coroutine's __await__(), and the errors of objects that are not awaitable.
class GenAwait:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield "gen-await"
        return self.v

class IterAwait:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        return self
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("iter-done")
        self.n -= 1
        return "step"

async def inner():
    await GenAwait(0)
    return "inner-result"

class Wrap:
    def __await__(self):
        return inner().__await__()

class NotIter:
    def __await__(self):
        return 5

class ReturnsCoro:
    def __await__(self):
        return inner()

async def use_all():
    print(await GenAwait(7))
    print(await IterAwait(2))
    print(await Wrap())
    w = inner().__await__()
    print(type(w).__name__, iter(w) is w)
    for bad in (NotIter(), ReturnsCoro(), 3, "s", None):
        try:
            await bad
        except TypeError as e:
            print("TypeError:", e)
    return "done"

def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return e.value, steps

print(run(use_all()))

async def f():
    return 1
c = f()
w = c.__await__()
try:
    next(w)
except StopIteration as e:
    print("wrapper stop", e.value)
