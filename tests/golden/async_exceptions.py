# Exceptions propagate through await chains, can be caught at any level, keep their
# context, and finally blocks of every frame run.
class Suspend:
    def __await__(self):
        yield "s"

async def fail(msg):
    await Suspend()
    raise ValueError(msg)

async def middle(msg):
    try:
        return await fail(msg)
    finally:
        print("middle finally", msg)

async def top():
    try:
        await middle("one")
    except ValueError as e:
        print("top caught", e)
    try:
        await middle("two")
    except KeyError:
        print("not here")
    return "unreachable"

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

try:
    run(top())
except ValueError as e:
    print("driver caught", e)

async def chained():
    try:
        await fail("inner")
    except ValueError as e:
        raise RuntimeError("outer") from e

try:
    run(chained())
except RuntimeError as e:
    print(e, "caused by", repr(e.__cause__))

async def context():
    try:
        await fail("first")
    except ValueError:
        await Suspend()
        raise KeyError("second")

try:
    run(context())
except KeyError as e:
    print(repr(e), "context", repr(e.__context__))

async def stop_inside():
    raise StopIteration("bad")

try:
    run(stop_inside())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

async def thrower():
    try:
        await Suspend()
    except ZeroDivisionError:
        print("thrower got ZeroDivisionError")
        raise

async def outer_thrower():
    try:
        await thrower()
    except ZeroDivisionError as e:
        return "handled " + type(e).__name__

co = outer_thrower()
co.send(None)
try:
    co.throw(ZeroDivisionError)
except StopIteration as e:
    print(e.value)

async def loop_with_errors():
    out = []
    for i in range(4):
        try:
            if i % 2:
                await fail(str(i))
            out.append(i)
        except ValueError as e:
            out.append("E" + str(e))
    return out

print(run(loop_with_errors()))
