# inspect predicates, getmembers, getmro, getdoc/cleandoc, getfullargspec, getfile/getmodule, unwrap, getsource errors
import inspect
import functools
import abc
import os
import sys
import types


class Base:
    """Base docstring.

        Indented detail.
    """
    count = 3

    def method(self):
        """Do the thing."""

    @classmethod
    def build(cls):
        pass

    @staticmethod
    def util():
        pass

    @property
    def size(self):
        return 1


class Child(Base):
    def method(self):
        pass


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        pass


class Square(Shape):
    def area(self):
        return 4


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class Awaitable:
    def __await__(self):
        yield


def plain(a, b=2, *rest, k, m=5, **opts) -> str:
    pass


objects = [("Base", Base), ("Base()", Base()), ("method", Base().method), ("func", plain), ("gen", gen),
           ("gen()", gen()), ("coro", coro), ("agen", agen), ("agen()", agen()), ("len", len),
           ("module", inspect), ("lambda", lambda: 0), ("Awaitable()", Awaitable()), ("code", plain.__code__),
           ("partial", functools.partial(coro)), ("int", 1)]
preds = ["isclass", "ismodule", "isfunction", "ismethod", "isbuiltin", "isroutine", "isgeneratorfunction",
         "iscoroutinefunction", "isasyncgenfunction", "isgenerator", "isasyncgen", "isawaitable", "iscode",
         "isframe", "istraceback"]
for label, obj in objects:
    print(label.ljust(12), "".join("X" if getattr(inspect, p)(obj) else "." for p in preds))
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c))
c.close()

print(inspect.isabstract(Shape), inspect.isabstract(Square), inspect.isabstract(plain))
print([cls.__name__ for cls in inspect.getmro(Child)])
members = inspect.getmembers(Child)
print([name for name, _ in members if not name.startswith("__")])
print([name for name, _ in inspect.getmembers(Child, inspect.isfunction)])
print([name for name, _ in inspect.getmembers(Child(), inspect.ismethod) if not name.startswith("__")])
print(inspect.getmembers(Child, lambda v: isinstance(v, int) and not isinstance(v, bool)))

print(repr(inspect.getdoc(Base)))
print(repr(inspect.getdoc(Child)))
print(repr(inspect.getdoc(Child().method)))
print(repr(inspect.getdoc(plain)))
print(repr(inspect.cleandoc("   First line\n      indented\n    less\n\n\n")))
print(repr(inspect.cleandoc("\n\n  only\n\tTabbed\n")))

spec = inspect.getfullargspec(plain)
print(spec)
print(spec.args, spec.kwonlydefaults, spec.annotations)
print(inspect.getfullargspec(Base().method))
print(inspect.getfullargspec(lambda: 0))
try:
    inspect.getfullargspec(1)
except TypeError as e:
    print("TypeError:", e)

print(os.path.basename(inspect.getfile(plain)), os.path.basename(inspect.getfile(Base().method)))
print(os.path.basename(inspect.getfile(plain.__code__)), inspect.getmodule(plain) is sys.modules[__name__])
print(inspect.getmodule(Base).__name__, inspect.getmodule(1))
for bad in (1, len, sys):
    try:
        inspect.getfile(bad)
    except TypeError as e:
        print("TypeError:", str(e).split(" ")[-1])


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@deco
@deco
def inner(x):
    return x


print(inspect.unwrap(inner) is inner.__wrapped__.__wrapped__, inspect.unwrap(plain) is plain)
print(inspect.unwrap(inner, stop=lambda f: f is inner.__wrapped__) is inner.__wrapped__)
class Loop:
    def __repr__(self):
        return "<loop>"


loop = Loop()
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print("ValueError:", e)
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.CO_VARARGS)
print(bool(gen.__code__.co_flags & inspect.CO_GENERATOR), plain.__code__.co_flags & (inspect.CO_VARARGS | inspect.CO_VARKEYWORDS))
print(inspect.formatannotation(int), inspect.formatannotation(list[str]), inspect.formatannotation("x"))
print(inspect.get_annotations(plain), inspect.get_annotations(Base))


# descriptors in a class namespace, and signatures through them
class Desc:
    @property
    def p(self):
        return 1

    @classmethod
    def c(cls, x=1):
        pass

    @staticmethod
    def s(y):
        pass


raw = Desc.__dict__
print(inspect.isdatadescriptor(raw["p"]), inspect.ismethoddescriptor(raw["p"]), inspect.isroutine(raw["c"]))
print(inspect.ismethoddescriptor(raw["c"]), inspect.isroutine(raw["s"]), inspect.signature(raw["s"]))
print(inspect.signature(Desc.c), inspect.ismethod(Desc.c), callable(raw["c"]))
print([(n, type(v).__name__) for n, v in inspect.getmembers(Desc(), inspect.isroutine) if not n.startswith("__")])


@functools.lru_cache
def cached(a, b=2):
    pass


print(inspect.signature(cached), inspect.signature(functools.partial(lambda a, b, *c, d=1: 0, b=3)))
