# A binary tree walked by recursive `async for` over async generators (pyperformance's
# async_generators shape): the values come back in order through every level, an await
# between yields passes up through the levels to the event loop, errors and athrow()
# cross the levels, finished levels run their finally blocks in order, and the
# asend/__anext__ awaitables driven by hand give their values as StopIteration.
import asyncio
import gc


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    async def __aiter__(self):
        if self.left:
            async for i in self.left:
                yield i
        yield self.value
        if self.right:
            async for i in self.right:
                yield i


def build(cls, values):
    n = len(values)
    if n == 0:
        return None
    i = n // 2
    return cls(build(cls, values[:i]), values[i], build(cls, values[i + 1:]))


def tree(values):
    return build(Tree, values)


async def walk(t):
    out = []
    async for v in t:
        out.append(v)
    return out


print(asyncio.run(walk(tree(range(20)))))
print(asyncio.run(walk(Tree(None, "only", None))))


async def total(n, loops):
    s = 0
    t = tree(range(n))
    for _ in range(loops):
        async for v in t:
            s += v
    return s


print(asyncio.run(total(5000, 3)))
gc.collect()


class SleepyTree(Tree):
    """Every level awaits the event loop between its values."""

    async def __aiter__(self):
        if self.left:
            async for i in self.left:
                await asyncio.sleep(0)
                yield i
        yield self.value
        if self.right:
            async for i in self.right:
                yield i
                await asyncio.sleep(0)


def sleepy(values):
    return build(SleepyTree, values)


async def interleaved():
    order = []

    async def consume(name, t):
        async for v in t:
            order.append((name, v))

    await asyncio.gather(consume("a", sleepy(range(4))), consume("b", sleepy(range(10, 13))))
    return order


print(asyncio.run(interleaved()))


class FailingTree(Tree):
    """Node 3 (a leaf) fails as it starts; every node adds a relay level."""

    async def __aiter__(self):
        if self.value == 3:
            raise ValueError("bad node %d" % self.value)
        async for i in super().__aiter__():
            yield i


async def walk_failing():
    seen = []
    try:
        async for v in build(FailingTree, range(8)):
            seen.append(v)
    except ValueError as e:
        print("caught", e, "after", seen)


asyncio.run(walk_failing())

log = []


class LoggedTree(Tree):
    async def __aiter__(self):
        try:
            async for i in super().__aiter__():
                yield i
        except KeyError as e:
            log.append(("caught", self.value, e.args[0]))
            yield -self.value
        finally:
            log.append(("finally", self.value))


def logged(values):
    return build(LoggedTree, values)


async def close_midway():
    # after 0..3 the root is suspended at its own yield, no level below it is
    g = logged(range(7)).__aiter__()
    print([await g.__anext__() for _ in range(4)])
    await g.aclose()
    print(log)
    log.clear()
    print(await g.aclose(), g.ag_running, g.ag_await)


asyncio.run(close_midway())


async def throw_midway():
    # the levels below the root are left suspended: CPython finalizes them when they are
    # dropped, trc when the loop shuts down; neither shows in the log printed here
    log.clear()
    g = logged(range(7)).__aiter__()
    print(await g.__anext__())
    print("athrow gives", await g.athrow(KeyError("k")))
    print(log)
    log.clear()
    print([v async for v in g])
    print(log)
    log.clear()


asyncio.run(throw_midway())


def by_hand():
    g = tree(range(3)).__aiter__()
    for _ in range(4):
        step = g.__anext__()
        try:
            step.send(None)
        except StopIteration as e:
            print("value", e.value)
        except StopAsyncIteration:
            print("exhausted")
        try:
            step.send(None)
        except RuntimeError as e:
            print(type(e).__name__, e)


by_hand()


async def odd_values():
    yield (1, 2)
    yield StopIteration("inner")
    yield None


def odd_by_hand():
    g = odd_values()
    for _ in range(3):
        try:
            g.asend(None).send(None)
        except StopIteration as e:
            print(type(e.value).__name__, repr(e.value))


odd_by_hand()


async def with_default():
    g = tree(range(2)).__aiter__()
    print([await anext(g, "done") for _ in range(4)])


asyncio.run(with_default())


def suspended_by_hand():
    g = sleepy(range(3)).__aiter__()
    step = g.__anext__()
    print("passed up", step.send(None))
    print(type(g.ag_await).__name__, g.ag_running)
    try:
        step.send(None)
    except StopIteration as e:
        print("first value", e.value)


suspended_by_hand()
