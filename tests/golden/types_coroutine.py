# types.coroutine: the generators of a decorated generator function can be awaited
# (their yields go to whoever drives the outer coroutine); plain generators cannot.
import types

@types.coroutine
def ticket(n):
    got = yield f"ticket {n}"
    print("ticket got", got)
    return n * 10

async def worker():
    a = await ticket(1)
    b = await ticket(2)
    return a + b

c = worker()
print(c.send(None))
print(c.send("first"))
try:
    c.send("second")
except StopIteration as e:
    print("done", e.value)

def plain():
    yield 1

async def bad():
    await plain()
try:
    bad().send(None)
except TypeError as e:
    print("TypeError", e)

async def native():
    return 5
print(types.coroutine(native) is native, callable(types.coroutine(plain)))
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError", e)
