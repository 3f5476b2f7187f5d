# A generator (or coroutine) suspended inside try/finally or a with block is closed
# when it becomes unreachable and is collected: GeneratorExit at the yield, the finally
# and __exit__ run.  One suspended outside any try needs no closing.  Errors while
# closing are reported (stderr) and ignored.  Generators are made and dropped inside
# functions, so no stale pointer on the stack keeps them.
import gc

log = []

class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, *exc):
        log.append("exit %s %s" % (self.name, exc[0].__name__ if exc[0] else None))
        return False

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")

def with_block():
    with Ctx("w"):
        yield "in with"

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        log.append("saw GeneratorExit")
        raise

def no_try():
    yield 1
    yield 2

def ignores_exit():
    try:
        yield 1
    except BaseException:
        log.append("swallowed")
    yield 2

def delegating():
    try:
        yield from with_finally()
    finally:
        log.append("outer finally")

def nested_gens():
    a = with_finally()
    next(a)
    b = with_block()
    next(b)

def drop(genfunc, steps=1):
    g = genfunc()
    for _ in range(steps):
        next(g)

def show(label):
    print(label, log)
    log.clear()

drop(with_finally)
gc.collect()
show("try/finally:")
drop(with_finally, 2)
gc.collect()
show("second yield:")
drop(with_block)
gc.collect()
show("with:")
drop(catches_exit)
gc.collect()
show("except GeneratorExit:")
drop(no_try)
gc.collect()
show("no try:")
drop(ignores_exit)
gc.collect()
show("ignores GeneratorExit:")
drop(delegating)
gc.collect()
show("yield from:")
nested_gens()
gc.collect()
log.sort()
show("two at once:")

def not_started():
    g = with_finally()
not_started()
gc.collect()
show("never started:")

def finished():
    for x in with_finally():
        pass
finished()
gc.collect()
show("exhausted:")

def loop_of_drops():
    for i in range(200):
        drop(with_finally)
loop_of_drops()
gc.collect()
print("200 dropped:", log.count("finally"))
log.clear()

async def coro():
    try:
        await Suspend()
    finally:
        log.append("coroutine finally")

class Suspend:
    def __await__(self):
        yield "suspended"

def drop_coro():
    c = coro()
    c.send(None)
drop_coro()
gc.collect()
show("coroutine:")
print("done")
