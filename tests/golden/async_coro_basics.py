# Coroutine objects driven by hand: type, repr, names, send/throw/close, return values.
async def answer():
    return 42

async def greet(name, punct="!"):
    return "hello " + name + punct

class Box:
    async def method(self, x):
        return x * 2

def drive(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("coroutine suspended")

c = answer()
print(type(c).__name__, type(c) is type(greet("x")))
print(repr(c).startswith("<coroutine object answer at 0x"))
print(c.__name__, c.__qualname__, c.cr_running)
print(drive(c))
print(drive(greet("bob")), drive(greet("amy", punct="?")))
print(drive(Box().method(21)))
print(Box.method.__qualname__, repr(Box().method(1)).split(" at ")[0])

def outer():
    async def inner():
        return "inner"
    return inner()
co = outer()
print(co.__qualname__)
print(drive(co))

class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got

async def two_steps():
    a = await Suspend()
    b = await Suspend()
    return a + b

c = two_steps()
print(c.send(None))
print(c.send(10))
try:
    c.send(5)
except StopIteration as e:
    print("result", e.value)

async def guarded():
    try:
        await Suspend()
    except KeyError as e:
        print("caught", repr(e))
        return "recovered"
    finally:
        print("finally runs")

g = guarded()
g.send(None)
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("throw result", e.value)

async def closing():
    try:
        await Suspend()
    finally:
        print("cleanup on close")

cl = closing()
cl.send(None)
cl.close()
print("closed")
cl2 = closing()
cl2.close()
print("closed unstarted")
