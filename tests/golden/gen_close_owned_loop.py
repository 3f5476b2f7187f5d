# A for loop over a call of a generator function holds the only reference to that
# generator: leaving the loop early (break, return) closes it at once, as CPython's
# reference count does, so the generator's finally blocks and with exits run before the
# code after the loop.  Generators someone else still references are left open.
import asyncio


def numbers(tag, n=5):
    try:
        for i in range(n):
            yield i
    finally:
        print("  close", tag)


print("break:")
for x in numbers("a"):
    if x == 2:
        break
print("after the loop")

print("for/else with break, and exhausted:")
for x in numbers("b"):
    if x == 1:
        break
else:
    print("no break")
for x in numbers("c", 2):
    pass
else:
    print("exhausted, else runs after the close")


def first_even(tag):
    for x in numbers(tag):
        if x and x % 2 == 0:
            return note("return value computed first", x)


def note(msg, v):
    print(" ", msg)
    return v


print("return:")
print("got", first_even("d"))

print("nested, only the inner loop breaks:")
for x in numbers("outer", 2):
    for y in numbers("inner %d" % x):
        if y == 1:
            break
    print("  inner done for", x)


class Resource:
    def __enter__(self):
        print("  enter")
        return self

    def __exit__(self, *exc):
        print("  exit")


print("finally and with inside the loop run first:")
for x in numbers("e"):
    try:
        with Resource():
            if x == 1:
                break
    finally:
        print("  loop finally")

print("continue does not close:")
for x in numbers("f", 3):
    if x < 2:
        continue
    print("  at", x)


class Store:
    def items(self):
        try:
            yield "x"
            yield "y"
        finally:
            print("  close method generator")

    @staticmethod
    def static_items():
        try:
            yield 1
            yield 2
        finally:
            print("  close static generator")

    @classmethod
    def class_items(cls):
        try:
            yield cls.__name__
            yield 2
        finally:
            print("  close class generator")


s = Store()
print("methods:")
for v in s.items():
    print(" ", v)
    break
for v in s.static_items():
    break
for v in Store.static_items():
    break
for v in s.class_items():
    print(" ", v)
    break
bound = s.items
for v in bound():
    break

print("a generator with a name is not closed:")
g = numbers("named")
for x in g:
    if x == 1:
        break
print("  resumes at", next(g))
g.close()

stored = numbers("stored")


def get_stored():
    return stored


for x in get_stored():
    break
print("  resumes at", next(stored))


class Shadow:
    def items(self):
        yield 1

s2 = Shadow()
s2.items = lambda: stored
for x in s2.items():
    break
print("  instance attribute, resumes at", next(stored))
stored.close()


def stubborn():
    try:
        yield 1
        yield 2
    finally:
        yield "refuses"


print("a generator that ignores GeneratorExit is reported, the program goes on:")
for x in stubborn():
    break
print("  still running")


def raises_on_close():
    try:
        yield 1
    finally:
        raise ValueError("from finally")


for x in raises_on_close():
    break
print("  still running")


def genexp_source():
    for x in numbers("in generator", 3):
        yield x * 10


print("a loop inside a generator that finishes:")
print(" ", list(genexp_source()))
print("a generator returning from inside its loop:")


def find(n):
    for x in numbers("g"):
        if x == n:
            return x
    return -1


print(" ", find(3), find(9))


async def ticks(tag):
    try:
        for i in range(5):
            yield i
            await asyncio.sleep(0)
    finally:
        print("  aclose", tag)


async def main():
    async for t in ticks("a"):
        if t == 1:
            break
    print("  after async break")
    await asyncio.sleep(0)
    print("  one round later")
    async for t in ticks("b"):
        pass
    print("  exhausted")


print("async for:")
asyncio.run(main())
print("end")
