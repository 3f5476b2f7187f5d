# sys.settrace: call/line/return/exception events in loops, ifs, try, with; local tracers; gettrace
import sys

events = []


def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name == "quiet":
        return None  # no local tracer: no line events in quiet()
    shown = ""
    if event == "return":
        shown = arg if arg is None or type(arg) in (int, str, bool) else type(arg).__name__
    elif event == "exception":
        shown = arg[0].__name__
    events.append("%s %s %d %s" % (event, name, frame.f_lineno - base, shown))
    return tracer


base = 0


def branches(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
        else:
            total -= 1
    while n > 0:
        n -= 1
    return total


def quiet(x):
    y = x + 1
    return y * 2


def raiser(v):
    if v:
        raise ValueError(v)
    return v


def catcher():
    try:
        raiser(1)
    except ValueError as e:
        msg = str(e)
    finally:
        done = True
    return msg


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def with_block():
    with Ctx() as c:
        x = 1
    return x


def uncaught():
    raiser(2)


def copies(a):
    b = a
    c = b
    pass
    return c


base = branches.__code__.co_firstlineno
print(sys.gettrace())
sys.settrace(tracer)
print(sys.gettrace() is tracer)
branches(3)
quiet(4)
catcher()
with_block()
copies(5)
try:
    uncaught()
except ValueError:
    pass
sys.settrace(None)
print(sys.gettrace())
branches(2)  # not traced any more
for e in events:
    print(e)
try:
    sys.settrace()
except TypeError as e:
    print(e)
try:
    sys.gettrace(1)
except TypeError as e:
    print(e)
