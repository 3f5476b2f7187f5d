# contextlib: contextmanager (throw, suppression, didn't yield/stop, StopIteration), closing, suppress, nullcontext, redirect, chdir, decorators, ABCs
import contextlib
from contextlib import contextmanager, suppress, closing, nullcontext, redirect_stdout, redirect_stderr
import io
import os
import sys


@contextmanager
def tag(name):
    """Wrap output in a tag."""
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("p") as t:
    print("inside", t)
print(tag.__name__, tag.__doc__)

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", repr(e))


@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError, IndexError):
    {}["missing"]
with swallow(KeyError):
    [][1] if False else None
print("after swallow")
try:
    with swallow(KeyError):
        raise TypeError("not mine")
except TypeError as e:
    print("passed through:", e)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def yields_again_after_throw():
    try:
        yield
    except Exception:
        yield


@contextmanager
def converts():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("converted") from e


@contextmanager
def plain():
    yield


for label, make in [("no_yield", no_yield), ("two_yields", two_yields)]:
    try:
        with make():
            pass
    except RuntimeError as e:
        print(label, "RuntimeError:", e)
try:
    with yields_again_after_throw():
        raise OSError("x")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with converts():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, "cause:", type(e.__cause__).__name__)

# StopIteration raised in the block propagates as itself, not as RuntimeError.
try:
    with plain():
        raise StopIteration("stop!")
except StopIteration as e:
    print("StopIteration kept:", e)
try:
    with tag("si"):
        next(iter([]))
except StopIteration as e:
    print("StopIteration kept", type(e).__name__)

# The manager returned by a @contextmanager function is also a decorator.
@tag("deco")
def decorated(x):
    print("decorated body", x)
    return x * 2


print(decorated(3), decorated(4), decorated.__name__)

cm = plain()
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__)

# suppress
with suppress(KeyError, ZeroDivisionError):
    1 / 0
    print("never")
with suppress():
    pass
try:
    with suppress(KeyError):
        raise IndexError("idx")
except IndexError as e:
    print("suppress let through", e)
with suppress(LookupError):
    [][0]
print("suppressed subclasses")


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closed", self.name)


with closing(Resource("r1")) as r:
    print("using", r.name)
try:
    with closing(Resource("r2")):
        raise RuntimeError("fail in block")
except RuntimeError as e:
    print(e)

with nullcontext(42) as v:
    print("nullcontext gave", v)
with nullcontext() as v:
    print("nullcontext default", v)

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured line")
    print("second", 2)
    print(target is buf)
print("buffer:", repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("stderr buffer:", repr(err.getvalue()))
outer, inner = io.StringIO(), io.StringIO()
rd = redirect_stdout(outer)
with rd:
    print("o1")
    with redirect_stdout(inner):
        print("i1")
    with rd:
        print("o2 reentrant")
    print("o3")
print(repr(outer.getvalue()), repr(inner.getvalue()))

start = os.getcwd()
with contextlib.chdir("/"):
    print("in root:", os.getcwd())
print("back:", os.getcwd() == start)


class Reporter(contextlib.ContextDecorator):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


@Reporter("dec")
def work(a, b=1):
    """work doc"""
    return a + b


print(work(1), work(2, b=5), work.__doc__)


class Mine(contextlib.AbstractContextManager):
    def __exit__(self, *args):
        print("Mine exit")


with Mine() as m:
    print("AbstractContextManager enter returns self:", type(m).__name__)


class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


class NotCM:
    def __enter__(self):
        pass


print(isinstance(Duck(), contextlib.AbstractContextManager),
      isinstance(NotCM(), contextlib.AbstractContextManager),
      issubclass(Mine, contextlib.AbstractContextManager),
      isinstance(nullcontext(), contextlib.AbstractAsyncContextManager),
      isinstance(suppress(), contextlib.AbstractAsyncContextManager),
      issubclass(int, contextlib.AbstractContextManager))


class Incomplete(contextlib.AbstractContextManager):
    pass


try:
    Incomplete()
except TypeError as e:
    print(e)
print(contextlib.AbstractContextManager[int])
