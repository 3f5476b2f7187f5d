# inspect.signature/Parameter/Signature/BoundArguments: str and repr like CPython, kinds, bind errors, classes, methods, partial
import inspect
import functools
from inspect import Parameter, Signature


def plain(a, b=1, *args, c, d=2, **kw) -> int:
    pass


def posonly(x, y, /, z=3, *, w):
    pass


def annotated(n: int, s: str = "x", *rest: float, flag: bool = False) -> list[int]:
    pass


class Point:
    def __init__(self, x, y=0):
        self.x = x

    def move(self, dx, dy=0, *, scale=1):
        pass

    @classmethod
    def origin(cls, tag=None):
        pass

    @staticmethod
    def helper(p, q):
        pass

    def __call__(self, factor):
        pass


class Bare:
    pass


class Made:
    def __new__(cls, size, fill=" "):
        return object.__new__(cls)


for f in (plain, posonly, annotated, lambda: 0, lambda *a, **k: 0, Point, Point(1).move,
          Point.move, Point.origin, Point.helper, Point(2), Bare, Made):
    sig = inspect.signature(f)
    print(sig, "|", repr(sig)[:11])

sig = inspect.signature(plain)
for p in sig.parameters.values():
    print(repr(p), p.name, p.kind, int(p.kind), p.kind.description,
          p.default is Parameter.empty, p.annotation is Parameter.empty)
print(list(sig.parameters), sig.return_annotation, type(sig.parameters).__name__)
print(Parameter.empty is Signature.empty is inspect._empty)

# bind
ba = sig.bind(1, 2, 3, 4, c=5, e=6)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
ba = sig.bind_partial(c=1)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba)
for call in [lambda: sig.bind(), lambda: sig.bind(1), lambda: sig.bind(1, a=2, c=3),
             lambda: inspect.signature(posonly).bind(1, y=2, w=3),
             lambda: inspect.signature(posonly).bind(1, 2, 3, 4, w=3),
             lambda: inspect.signature(lambda a: 0).bind(1, b=2),
             lambda: inspect.signature(lambda a, *, k: 0).bind(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(inspect.signature(posonly).bind(1, 2, w=4).arguments)

# Parameter and Signature construction
p = Parameter("size", Parameter.KEYWORD_ONLY, default=10, annotation=int)
print(p, repr(p), p.replace(name="n", default=Parameter.empty), p == p.replace(), hash(p) == hash(p.replace()))
for args, kw in [(("1x", Parameter.POSITIONAL_ONLY), {}), (("def", 1), {}), ((5, 1), {}),
                 (("a", 9), {}), (("a", Parameter.VAR_POSITIONAL), {"default": 1})]:
    try:
        Parameter(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
made = Signature([Parameter("a", Parameter.POSITIONAL_ONLY), Parameter("b", Parameter.POSITIONAL_OR_KEYWORD, default=2),
                  Parameter("k", Parameter.KEYWORD_ONLY)], return_annotation=str)
print(made, made == made.replace(), made == sig, made.replace(return_annotation=Signature.empty))
for params in [[Parameter("a", 3), Parameter("b", 1)], [Parameter("a", 1, default=1), Parameter("b", 1)],
               [Parameter("a", 1), Parameter("a", 3)]]:
    try:
        Signature(params)
    except ValueError as e:
        print("ValueError:", e)

# wrapped, partial, __signature__
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def decorated(alpha, beta=2):
    pass


print(inspect.signature(decorated), inspect.signature(decorated, follow_wrapped=False))
print(inspect.signature(functools.partial(plain, 1, c=3)))
print(inspect.signature(functools.partial(posonly, 1)))
decorated.__signature__ = made
print(inspect.signature(decorated), Signature.from_callable(plain))

for bad in (1, "text"):
    try:
        inspect.signature(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
