# Attribute loads and method calls that go through per-site caches must see every
# change: class variables replaced (also by descriptors), methods replaced or shadowed,
# module functions reassigned or deleted, properties raising.
import math
import _helpers_counter as helper


class Config:
    LIMIT = 10
    label = "cfg"

    def __init__(self):
        self.items = []

    def limit(self):
        return self.LIMIT

    @property
    def size(self):
        return len(self.items)

    def describe(self):
        return "%s:%d/%d" % (self.label, self.size, self.limit())


def read_limit(o):
    return o.LIMIT


def call_describe(o):
    return o.describe()


c = Config()
for i in range(3):
    c.items.append(i)
    print(read_limit(c), call_describe(c))

Config.LIMIT = 20                    # a new value for the same class variable
print(read_limit(c), call_describe(c))
c.LIMIT = 5                          # the instance shadows it
print(read_limit(c), call_describe(c))
del c.LIMIT
print(read_limit(c))
Config.LIMIT = property(lambda self: 99)   # replaced by a data descriptor
print(read_limit(c), call_describe(c))
c.__dict__["LIMIT"] = 1              # a data descriptor wins over the instance dict
print(read_limit(c))
Config.LIMIT = staticmethod(lambda: "static")
print(read_limit(c), read_limit(Config())())
del Config.LIMIT
try:
    read_limit(Config())
except AttributeError as e:
    print("AttributeError:", e)

Config.describe = lambda self: "replaced"
print(call_describe(c))
Config.describe = 42
try:
    call_describe(c)
except TypeError as e:
    print("TypeError:", e)
c.describe = lambda: "per instance"
print(call_describe(c))


class Broken:
    @property
    def value(self):
        raise ValueError("no value")


def get_value(o):
    return o.value


for _ in range(2):
    try:
        get_value(Broken())
    except ValueError as e:
        print("ValueError:", e)


# module functions called through sites
def roots(xs):
    return [math.sqrt(x) for x in xs]


print(roots([1.0, 4.0, 9.0]))
saved = math.sqrt
math.sqrt = lambda x: -x
print(roots([1.0, 4.0]))
math.sqrt = saved
print(roots([16.0]))


def use_helper():
    return helper.bump()


print(use_helper(), use_helper())
real = helper.bump
helper.bump = lambda: "patched"
print(use_helper())
del helper.bump
try:
    use_helper()
except AttributeError as e:
    print("AttributeError:", e)
helper.bump = real
print(use_helper(), helper.get(), helper.count)


# builtin methods through the same sites, and a subclass overriding one
class MyList(list):
    def append(self, x):
        super().append(x * 10)


def push_all(seq, xs):
    for x in xs:
        seq.append(x)
    return seq


print(push_all([], [1, 2]), push_all(MyList(), [1, 2]), push_all([0], [3]))


# attributes of classes themselves, read and written through sites
class Base2:
    n = 0
    tag = "base"

    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def helper(x):
        return x * 2

    def plain(self):
        return "plain"


class Sub2(Base2):
    pass


def bump(cls):
    cls.n += 1
    return cls.n


def read(cls):
    return cls.tag, cls.make(), cls.helper(3), cls.plain.__name__


print([bump(Base2) for _ in range(3)], [bump(Sub2) for _ in range(2)], Base2.n, Sub2.n)
print(read(Base2), read(Sub2))
Base2.tag = "changed"
Sub2.tag = "own"
print(read(Base2), read(Sub2))
del Sub2.tag
print(read(Sub2))
Base2.helper = staticmethod(lambda x: -x)
print(read(Sub2))


class Meta(type):
    @property
    def tag(cls):
        return "meta-" + cls.__name__


class WithMeta(metaclass=Meta):
    tag = "class"
    n = 0


print(read_tag := WithMeta.tag, [bump(WithMeta) for _ in range(2)])


def set_repr(cls, f):
    cls.__repr__ = f


for i in range(2):
    set_repr(Sub2, lambda self, i=i: "Sub2 #%d" % i)
    print(repr(Sub2()))
