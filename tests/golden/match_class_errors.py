# Class patterns: __match_args__, keyword attributes, missing attributes (no match),
# builtin types matching themselves, subclasses, and the TypeErrors CPython raises.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Bare:
    pass


class MyInt(int):
    pass


class MyStrArgs(str):
    __match_args__ = ("upper_name",)

    @property
    def upper_name(self):
        return self.upper()


class Lazy:
    __match_args__ = ("value",)

    @property
    def value(self):
        print("  computing value")
        return 10


def show(o):
    match o:
        case Point3(x, y, z=0):
            return "flat 3d %r %r" % (x, y)
        case Point3(_, _, z):
            return "3d with z=%r" % (z,)
        case Point(x=0):
            return "x is zero"
        case Point(x, y) if x == y:
            return "diagonal %r" % (x,)
        case Point(y=y, x=x):
            return "point %r %r" % (x, y)
        case Bare(missing=1):
            return "bare with missing?"
        case Bare():
            return "bare"
        case bool(b):
            return "bool %r" % (b,)
        case MyInt(n):
            return "MyInt %r" % (n,)
        case int(n) if n < 0:
            return "negative int %r" % (n,)
        case int(real=r, imag=i):
            return "int real=%r imag=%r" % (r, i)
        case MyStrArgs(u):
            return "upper " + u
        case str(s) | bytes(s):
            return "text %r" % (s,)
        case list([x, *_]) | tuple((x, *_)):
            return "head %r" % (x,)
        case dict({"k": v}):
            return "dict k=%r" % (v,)
        case float(f) | frozenset(f) | set(f) | bytearray(f):
            return "%s %r" % (type(f).__name__, f)
        case Lazy(10):
            return "lazy ten"
        case _:
            return "unmatched %r" % (o,)


for o in [Point3(1, 2, 0), Point3(1, 2, 3), Point(0, 5), Point(4, 4), Point(1, 2), Bare(), True, MyInt(5), -4, 7,
          MyStrArgs("abc"), "s", b"b", [9, 8], (7,), {"k": 1}, 1.5, frozenset([1]), {2}, bytearray(b"x"), Lazy(), None]:
    print(show(o))


def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)


def too_many():
    match Point(1, 2):
        case Point(a, b, c):
            return "three?"


def bare_positional():
    match Bare():
        case Bare(x):
            return "bare x?"


def builtin_two():
    match 5:
        case int(a, b):
            return "two?"


not_a_class = len


def not_class():
    match 5:
        case not_a_class():
            return "len?"


class BadArgs:
    __match_args__ = ["a"]


def bad_match_args():
    match BadArgs():
        case BadArgs(a):
            return a


class BadElem:
    __match_args__ = (1,)


def bad_element():
    match BadElem():
        case BadElem(a):
            return a


def same_attr_twice():
    match Point(1, 2):
        case Point(x, x=1):
            return "twice?"


def not_instance_no_error():
    match 5:
        case Bare(a, b, c, d):
            return "?"
    return "no match, no error"


attempt("too many:", too_many)
attempt("bare positional:", bare_positional)
attempt("builtin two:", builtin_two)
attempt("not a class:", not_class)
attempt("bad __match_args__:", bad_match_args)
attempt("bad element:", bad_element)
attempt("same attribute:", same_attr_twice)
attempt("not instance:", not_instance_no_error)

# An AttributeError from a property is "no match"; other errors propagate.
class Flaky:
    __match_args__ = ("a", "b")

    @property
    def a(self):
        raise AttributeError("no a")

    @property
    def b(self):
        raise KeyError("b")


match Flaky():
    case Flaky(a=1):
        print("a?")
    case Flaky():
        print("Flaky matched without attributes")
try:
    match Flaky():
        case Flaky(b=2):
            print("b?")
except KeyError as e:
    print("KeyError", e)
