# A generator or coroutine suspended inside an except block keeps the exception it
# handles to itself: the caller's sys.exc_info() and the implicit __context__ of the
# caller's new exceptions do not see it (CPython's per-generator exc_info).
import asyncio
import sys


def handler_gen():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        print("inside again:", repr(sys.exc_info()[1]))
        yield 2
    print("after its except:", sys.exc_info()[1])
    yield 3


it = handler_gen()
next(it)
print("caller:", sys.exc_info())
try:
    raise ValueError("v")
except ValueError as e:
    print("context:", repr(e.__context__))
    # a generator that handles nothing sees the caller's exception
    def plain():
        yield repr(sys.exc_info()[1])
    print("plain generator sees:", next(plain()))
    next(it)
    print("caller's own exception kept:", repr(sys.exc_info()[1]))
next(it)
print("caller:", sys.exc_info()[1])


def stubborn():
    try:
        yield 1
    finally:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))
try:
    raise ValueError("w")
except ValueError as e:
    print("context:", repr(e.__context__))


async def retrying(name, log):
    for attempt in range(2):
        try:
            if attempt == 0:
                raise ConnectionError(name + " failed")
            log.append(name + " ok")
        except ConnectionError as e:
            log.append("%s: %s, retrying" % (name, e))
            await asyncio.sleep(0.01)


async def unrelated(log):
    await asyncio.sleep(0.005)
    try:
        raise LookupError("in another task")
    except LookupError as e:
        log.append("other task's context: %r" % (e.__context__,))


async def main():
    log = []
    await asyncio.gather(retrying("a", log), unrelated(log))
    for line in log:
        print(line)


asyncio.run(main())
