# traceback frames and carets of comprehensions (<listcomp>, <setcomp>, <dictcomp>, <genexpr>), class bodies, decorators and match patterns, as CPython 3.11 formats them
import re
import traceback


def show(fn, *args):
    try:
        fn(*args)
    except Exception as exc:
        text = "".join(traceback.format_exception(exc))
        print(re.sub(r'File ".*?([^/"]+)"', r'File "\1"', text), end="")
        tb = exc.__traceback__
        names = []
        while tb:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print(names)
    print("--")


def listcomp(xs):
    return [1 / x for x in xs]


def nested(rows):
    return [[10 // v for v in r] for r in rows]


def setcomp(xs):
    return {x % 0 for x in xs}


def dictcomp(d):
    return {k: d[k].upper() for k in d}


def genexp(xs):
    return sum(10 // x for x in xs)


def condition(xs):
    return [x for x in xs if x.real]


def deco(fn):
    raise ValueError("refused " + fn.__name__)


def deco_factory(arg):
    def wrap(fn):
        return fn.nosuch
    return wrap


def decorated():
    @deco
    def f():
        pass


def decorated_method():
    class A:
        @deco_factory(1)
        def f(self):
            pass


def class_body():
    class B:
        x = 1
        y = [x / 0 for _ in (1,)]


class Point:
    __match_args__ = ("x", "y")

    def __init__(self):
        self.x = 1


class BadArgs:
    __match_args__ = 5


class Strict(dict):
    def get(self, key, default=None):
        raise KeyError("boom")


def match_class(v):
    match v:
        case BadArgs(a):
            return a


def match_mapping(v):
    match v:
        case {"a": x}:
            return x


def match_guard(v):
    match v:
        case {"a": x} if x / 0:
            return x


def match_value(v):
    match v:
        case Point(x, y):
            return "two"
        case Point(x):
            return x.nosuch


show(listcomp, [1, 0])
show(nested, [[1, 2], [3, 0]])
show(setcomp, [1])
show(dictcomp, {"a": "x", "b": 2})
show(genexp, [1, 0])
show(condition, [1, "s"])
show(decorated)
show(decorated_method)
show(class_body)
show(match_class, BadArgs())
show(match_mapping, Strict(a=1))
show(match_guard, {"a": 1})
show(match_value, Point())
print([x * 2 for x in range(3)], {k: v for k, v in {1: 2}.items()}, sorted({x for x in "ab"}))
