# sys.setprofile: 'c_call' / 'c_return' / 'c_exception' around calls of builtin functions and methods (bound, through their type, by *args), none for types, slot wrappers or Python functions; a profiler raising at a C event; setprofile(None) reported as a c_call
import math
import sys

events = []


def describe(fn):
    owner = getattr(fn, "__self__", None)
    if owner is None or type(owner).__name__ == "module":
        return repr(fn)
    return "%s of %s" % (fn.__name__, type(owner).__name__)


def profiler(frame, event, arg):
    if event.startswith("c_"):
        events.append((event, frame.f_code.co_name, frame.f_lineno, describe(arg)))
    else:
        events.append((event, frame.f_code.co_name, frame.f_lineno))


def key(x):
    return -x


class Thing:
    def method(self):
        return len("abc")


def run():
    items = []
    items.append(len("abcd"))
    items.extend(sorted([3, 1, 2], key=key))
    total = sum(items) + abs(-2) + max(*items)
    try:
        math.sqrt(-1)
    except ValueError as e:
        items.append(str(e))
    joined = ", ".join(["a", "b"])
    d = {"k": 1}
    d.get("k")
    list.append(items, joined)
    add = items.append
    add(int("5"))
    Thing().method()
    "xy".__len__()
    isinstance(items, list)
    return total, items


sys.setprofile(profiler)
result = run()
sys.setprofile(None)
print(result)
for e in events:
    print(*e)


def strict(frame, event, arg):
    if event == "c_call" and arg is len:
        raise RuntimeError("no len")


def calls_len():
    return len([1])


sys.setprofile(strict)
try:
    calls_len()
except RuntimeError as e:
    print("raised:", e, sys.getprofile())
sys.setprofile(None)


def on_return(frame, event, arg):
    if event == "c_return" and arg is abs:
        raise KeyError("after abs")


sys.setprofile(on_return)
try:
    abs(-1)
except KeyError as e:
    print("raised:", repr(e), sys.getprofile())
sys.setprofile(None)


def on_exception(frame, event, arg):
    if event == "c_exception":
        print("c_exception of", describe(arg), "while", sys.exc_info()[0])


sys.setprofile(on_exception)
try:
    "abc".index("z")
except ValueError as e:
    print("caught:", e)
sys.setprofile(None)
