# throw() into a generator suspended in `yield from`: the arguments reach the delegate as given, and its outcome resumes the generator; gi_yieldfrom/cr_await
class Catcher:
    """An iterator with its own throw(), as a hand-written coroutine has."""
    def __init__(self, result=None, fail=None):
        self.result, self.fail = result, fail
    def __iter__(self):
        return self
    def __next__(self):
        return "next"
    def throw(self, *args):
        print("Catcher.throw got", args)
        if self.fail:
            raise self.fail
        if self.result is not None:
            raise StopIteration(self.result)
        return "from throw"
    def close(self):
        print("Catcher.close")

def outer(it):
    try:
        r = yield from it
        print("yield from gave", r)
        yield "after"
    except Exception as e:
        print("outer caught", type(e).__name__, e)
        yield "handled"

g = outer(Catcher())
print(next(g))
print(g.throw(123))                       # not an exception: still handed over
print(g.throw(ZeroDivisionError))         # the class itself, not an instance
print(g.throw(ValueError, "v"))           # type and value as given
print(g.throw(KeyError("k")))
g.close()

g = outer(Catcher(result=7))
next(g)
print(g.throw(RuntimeError))              # StopIteration(7): the yield from ends with 7
g.close()

g = outer(Catcher(fail=OSError("disk")))
next(g)
print(g.throw(RuntimeError))              # the delegate's own error is raised at the yield from
g.close()

g = outer(Catcher())
next(g)
g.close()                                 # GeneratorExit closes the delegate instead

class NoThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return 1

g = outer(NoThrow())
next(g)
try:
    g.throw(123)
except TypeError as e:
    print("TypeError:", e)
print(next(g))                            # the failed throw left it suspended
print(g.throw(IndexError("i")))           # no throw method: raised at the yield from
g.close()

def middle(it):
    return (yield from it)

def top(it):
    r = yield from middle(it)
    print("top got", r)
    yield "top done"

g = top(Catcher())
next(g)
print(g.throw(LookupError))               # through a generator into the iterator
g.close()
g = top(Catcher(result="deep"))
next(g)
print(g.throw(LookupError))
g.close()

def gen_inner():
    try:
        yield 1
    except ValueError as e:
        print("inner caught", repr(e))
        return "inner result"

def gen_outer():
    r = yield from gen_inner()
    print("outer got", r)
    yield 2

g = gen_outer()
print(g.gi_yieldfrom)
next(g)
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_frame is not None if hasattr(g.gi_yieldfrom, "gi_frame") else True)
print(g.throw(ValueError("x")))
print(g.gi_yieldfrom)
print(list(g), g.gi_yieldfrom)

c = Catcher()
g = outer(c)
next(g)
print(g.gi_yieldfrom is c)
g.close()

import types

@types.coroutine
def suspend():
    yield "suspended"

async def work():
    await suspend()
    return 5

co = work()
print(co.cr_await)
print(co.send(None))
print(type(co.cr_await).__name__)
try:
    co.send(None)
except StopIteration as e:
    print("result", e.value, co.cr_await)
