# Class construction C(args): __init__ resolved per class, and every change that must be seen afterwards
import abc


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def build_points(n):
    return [P(i, -i) for i in range(n)]


pts = build_points(5)
print([(p.x, p.y) for p in pts])

# arity, keywords and defaults
print(P(y=2, x=1).__dict__)
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    P(1, 2, z=3)
except TypeError as e:
    print("TypeError:", e)


class D:
    def __init__(self, a, b=10, *rest, c=5, **kw):
        self.v = (a, b, rest, c, sorted(kw))


print(D(1).v, D(1, 2, 3, 4, c=0, q=1).v)


# __init__ returning something other than None
class BadInit:
    def __init__(self, r):
        self.r = r
        return r


for r in (None, 0, "s"):
    try:
        print(BadInit(r).r)
    except TypeError as e:
        print("TypeError:", e)


# replacing __init__ on the class and on a base after instances exist
class Base:
    def __init__(self, v):
        self.tag = "base"
        self.v = v


class Child(Base):
    pass


for _ in range(3):
    c = Child(1)
print(c.tag, c.v)


def new_base_init(self, v):
    self.tag = "replaced"
    self.v = v * 2


Base.__init__ = new_base_init
print(Child(2).tag, Child(2).v)


def child_init(self, v, w=0):
    self.tag = "child"
    self.v = v + w


Child.__init__ = child_init
print(Child(3).tag, Child(3, 4).v)
del Child.__init__
print(Child(5).tag)
del Base.__init__
try:
    Child(6)
except TypeError as e:
    print("TypeError:", e)
print(type(Child()).__name__)


# __init__ that is not a plain function: a callable class attribute, staticmethod
class Callable:
    def __call__(self, *args):
        print("callable init", len(args))


class WithCallableInit:
    __init__ = Callable()


try:
    WithCallableInit(1, 2)
except TypeError as e:
    print("TypeError:", e)


class StaticInit:
    @staticmethod
    def __init__(*args):
        print("static init", len(args))


StaticInit(1)


# __new__ returning an instance of another type skips __init__; a subclass runs it
class Other:
    def __init__(self):
        print("Other.__init__ not expected")


class NewOther:
    def __new__(cls, *args):
        print("NewOther.__new__", args)
        return Other.__new__(Other) if args and args[0] == "other" else super().__new__(cls)

    def __init__(self, *args):
        print("NewOther.__init__", args)


print(type(NewOther("other")).__name__, type(NewOther(1)).__name__)


# a __new__ added after instances were made
class LateNew:
    def __init__(self, v):
        self.v = v


print(LateNew(1).v)
LateNew.__new__ = lambda cls, v: "from __new__ %s" % v
print(LateNew(2))


# metaclass __call__
class Meta(type):
    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args, kw)
        return super().__call__(*args, **kw)


class WithMeta(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(WithMeta(7).a, WithMeta(a=8).a)


# __init_subclass__ and class creation between constructions
class Registry:
    subclasses = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Registry.subclasses.append(cls.__name__)

    def __init__(self, n):
        self.n = n


made = []
for i in range(3):
    K = type("K%d" % i, (Registry,), {"__init__": lambda self, n, i=i: setattr(self, "n", n + i)})
    made.append(K(10).n)
print(made, Registry.subclasses, Registry(1).n)


# __slots__
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


s = Slotted(1, 2)
print(s.a, s.b)
try:
    Slotted(1, 2).c = 3
except AttributeError as e:
    print("AttributeError:", e)


# subclasses of builtins
class MyList(list):
    def __init__(self, items, label):
        super().__init__(items)
        self.label = label


class MyDict(dict):
    def __init__(self, label, **kw):
        super().__init__(**kw)
        self.label = label


class MyError(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


ml = MyList([3, 1, 2], "L")
print(ml, ml.label, sorted(ml), MyDict("D", a=1), MyDict("D", a=1).label)
try:
    raise MyError(4)
except MyError as e:
    print(repr(e), e.code, e.args)


# abstract classes, before and after their methods are provided
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    def __init__(self, k):
        self.k = k


try:
    Shape(1)
except TypeError as e:
    print("TypeError:", e)


class Sq(Shape):
    def area(self):
        return self.k * self.k


print(Sq(3).area())


# errors raised inside __init__ propagate, and recursion through constructors
class Fails:
    def __init__(self, d):
        self.d = 1 / d


try:
    Fails(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth else None


n, depth = Node(50), 0
while n:
    n, depth = n.child, depth + 1
print(depth)


# no __init__ anywhere: object's rules for arguments
class Empty:
    pass


try:
    Empty(1)
except TypeError as e:
    print("TypeError:", e)
print(type(Empty()).__name__)
