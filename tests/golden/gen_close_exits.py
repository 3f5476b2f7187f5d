# Generators CPython closes as their last reference goes: a for loop's generator when an
# exception leaves the loop, a next(gen()) temporary, and the generators left in the
# main module's globals at exit (after the atexit handlers).
import atexit


def gen(tag, n=3):
    try:
        for i in range(n):
            yield i
    except GeneratorExit:
        print("  GeneratorExit in", tag)
        raise
    finally:
        print("  finally of", tag)


def caught_by_finally():
    try:
        for x in gen("a"):
            raise ValueError("boom")
    finally:
        print("  finally of caught_by_finally")


try:
    caught_by_finally()
except ValueError as e:
    print("caught", e)


def caught_by_except():
    try:
        for x in gen("b"):
            if x == 1:
                {}["missing"]
    except KeyError as e:
        print("  handler sees", repr(e))
    print("  after the try")


caught_by_except()


def propagates():
    for x in gen("c"):
        1 / 0


try:
    propagates()
except ZeroDivisionError as e:
    print("caller caught", e)


def nested():
    for x in gen("outer"):
        for y in gen("inner"):
            if y == 1:
                raise RuntimeError("deep")


try:
    nested()
except RuntimeError as e:
    print("caught", e)


def handled_inside():
    for x in gen("d", 2):
        try:
            raise ValueError(x)
        except ValueError:
            print("  handled", x)
    print("  loop finished")


handled_inside()


def relay():
    for x in gen("relayed"):
        yield x * 10


r = relay()
print("relay", next(r))
r.close()

print("temp", next(gen("temp")))
print("default", next(gen("empty", 0), "none"))
v = next(gen("assigned"))
print("assigned", v)


class Bad:
    def items(self):
        try:
            yield 1
        finally:
            raise OSError("cleanup failed")


try:
    for x in Bad().items():
        raise LookupError("body")
except LookupError as e:
    print("body error wins:", e)

atexit.register(lambda: print("atexit handler"))
kept = gen("global")
next(kept)
_private = gen("_private")
next(_private)
fresh = gen("never started")
done = gen("exhausted", 1)
list(done)
pipeline = [gen("in a list")]
next(pipeline[0])
print("end of module")
