# contextlib.ExitStack: enter_context, push, callback, pop_all, close, suppression, chaining of exceptions from several exits
from contextlib import ExitStack, contextmanager, suppress
import sys


@contextmanager
def res(name, log):
    log.append("open " + name)
    try:
        yield name
    finally:
        log.append("close " + name)


log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in "abc"]
    stack.callback(log.append, "callback 1")
    stack.callback(lambda *a, **k: log.append(("cb", a, k)), 1, 2, key="v")
    log.append("body " + ",".join(names))
print(log)

# callback and push return their argument, so they work as decorators.
with ExitStack() as stack:
    @stack.callback
    def cleanup():
        print("decorated callback ran")

    print(cleanup.__name__)

    @stack.push
    def exit_cb(t, v, tb):
        print("push cb sees", t)
        return False


# A push'ed exit that returns True suppresses; later (outer) ones see no exception.
def suppressor(t, v, tb):
    print("suppressor sees", t.__name__ if t else None)
    return True


def observer(t, v, tb):
    print("observer sees", t.__name__ if t else None)


with ExitStack() as stack:
    stack.push(observer)
    stack.push(suppressor)
    raise KeyError("gone")
print("after suppressed KeyError")


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.name == "swallower"


with ExitStack() as stack:
    stack.push(CM("pushed object"))
    stack.enter_context(CM("swallower"))
    stack.enter_context(CM("inner"))
    1 / 0
print("swallowed by CM")

# pop_all moves the callbacks to a new stack; close runs them now.
with ExitStack() as stack:
    stack.callback(print, "moved callback")
    keep = stack.pop_all()
print("outer stack closed, moved one pending")
keep.close()
keep.close()
print(type(keep).__name__)

# Exceptions raised by several exit callbacks chain like nested with statements.
def raiser(exc):
    def cb(*details):
        raise exc
    return cb


try:
    with ExitStack() as stack:
        stack.push(raiser(IndexError("third")))
        stack.push(raiser(KeyError("second")))
        stack.push(raiser(AttributeError("first")))
        raise ValueError("body")
except Exception as e:
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(" <- ".join(chain))

try:
    with ExitStack() as stack:
        stack.callback(raiser(TypeError("from callback")))
except TypeError as e:
    print("callback raised", e, e.__context__)

# An exit callback raising during handling of another exception, then suppressed later.
with ExitStack() as stack:
    stack.push(suppressor)
    stack.push(raiser(OSError("cleanup failed")))
print("all suppressed")

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print(e)


class OnlyEnter:
    def __enter__(self):
        return 1


try:
    ExitStack().enter_context(OnlyEnter())
except TypeError as e:
    print(e)

with ExitStack() as stack:
    with suppress(ZeroDivisionError):
        stack.callback(print, "callback in suppress")
        1 / 0
    print("body continues")

# __exit__ return value: True only when an exception came in and was suppressed.
s = ExitStack()
print(s.__exit__(None, None, None))
s.push(suppressor)
print(s.__exit__(ValueError, ValueError("x"), None))
s.push(observer)
print(s.__exit__(ValueError, ValueError("x"), None))


@contextmanager
def failing_close(name):
    yield
    raise RuntimeError("close " + name)


try:
    with ExitStack() as stack:
        stack.enter_context(failing_close("a"))
        stack.enter_context(failing_close("b"))
except RuntimeError as e:
    print(e, "<-", e.__context__)
