# sys._getframe: f_code.co_name, f_lineno, the f_back chain through functions, methods, generators, lambdas, comprehensions and recursion
import os
import sys


def chain(frame):
    names = []
    while frame is not None:
        names.append(f"{frame.f_code.co_name}:{frame.f_lineno}")
        frame = frame.f_back
    return " <- ".join(names)


def leaf():
    return chain(sys._getframe())


def middle():
    return leaf()


def outer():
    x = middle()
    return x


print(outer())
print(chain(sys._getframe()))
print(sys._getframe().f_code.co_name, sys._getframe().f_back)


def caller_name(depth=1):
    return sys._getframe(depth + 1).f_code.co_name


def who_calls_me():
    return caller_name()


def top_level_wrapper():
    return who_calls_me()


print(top_level_wrapper())
print(caller_name(0))


class Shape:
    def __init__(self):
        self.made_in = sys._getframe(1).f_code.co_name

    def area(self):
        return chain(sys._getframe())

    @property
    def where(self):
        return sys._getframe().f_code.co_name

    @staticmethod
    def static():
        return sys._getframe().f_back.f_code.co_name

    @classmethod
    def klass(cls):
        return sys._getframe().f_code.co_qualname


def build():
    return Shape()


s = build()
print(s.made_in, s.where, Shape.static(), Shape.klass())
print(s.area())


def gen():
    yield sys._getframe().f_code.co_name
    yield chain(sys._getframe())
    inner = sys._getframe()
    yield inner.f_back.f_code.co_name


def consume():
    for item in gen():
        print("gen:", item)


consume()
g = gen()
print(next(g))


def drive(it):
    return next(it)


print(drive(g))

f = lambda: sys._getframe().f_code.co_name
print(f())



def recurse(n):
    if n == 0:
        return chain(sys._getframe())
    return recurse(n - 1)


print(recurse(3))

# depth errors and argument checks
for args in [(10 ** 6,), (1.5,), ("x",), (True,), (-5,)]:
    try:
        fr = sys._getframe(*args)
        print(args, fr.f_code.co_name)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
try:
    sys._getframe(depth=1)
except TypeError as e:
    print(e)
try:
    sys._getframe(1, 2)
except TypeError as e:
    print(e)

fr = sys._getframe()
print(os.path.basename(fr.f_code.co_filename), fr.f_globals["__name__"])
print(type(fr).__name__, fr.f_lasti >= 0, fr.f_trace)


def depth():
    n = 0
    f = sys._getframe()
    while f:
        n += 1
        f = f.f_back
    return n


def nest(k):
    return depth() if k == 0 else nest(k - 1)


print(nest(0), nest(5), nest(50))


# the recursion limit still holds
def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print(nest(10))
