# Calls of the form Cls.name(...) through a call site's cache: classmethods,
# staticmethods and plain functions found on the class or a base, object.__new__,
# builtin types' methods, and every change that must be seen at the same site
# afterwards: a subclass that starts to shadow the name, a replaced value of another
# kind, a deleted name, a metaclass that gains the name as a data descriptor.
class Strength:
    def __init__(self, v):
        self.v = v

    @classmethod
    def stronger(cls, a, b):
        return a.v > b.v, cls.__name__

    @staticmethod
    def weaker(a, b):
        return a.v < b.v

    def describe(self):
        return "Strength(%d)" % self.v


class Sub(Strength):
    pass


class Meta(type):
    def stronger(cls, a, b):
        return "meta method"


class WithMeta(metaclass=Meta):
    @staticmethod
    def stronger(a, b):
        return "the class's own, over the metaclass's plain method"


class OnlyMeta(metaclass=Meta):
    pass


s1, s2 = Strength(1), Strength(2)


def calls(round):
    print(round, Strength.stronger(s1, s2), Sub.stronger(s2, s1), Strength.weaker(s1, s2), Sub.weaker(s1, s2))
    print(round, WithMeta.stronger(1, 2), OnlyMeta.stronger(1, 2))
    o = object.__new__(Sub)
    Strength.__init__(o, round)
    print(round, type(o).__name__, o.v, Sub.describe(o), Strength.describe(o))
    print(round, str.join("-", ["a", "b"]), dict.fromkeys("ab", round), int.from_bytes(b"\x01\x00", "big"))


for round in range(5):
    calls(round)
    if round == 1:
        Sub.stronger = staticmethod(lambda a, b: "Sub's own now")
        Strength.weaker = classmethod(lambda cls, a, b: ("a classmethod now", cls.__name__))
    elif round == 2:
        del Sub.stronger
        Strength.describe = lambda self: "replaced describe %d" % self.v
    elif round == 3:
        del Meta.stronger
        Meta.stronger = property(lambda c: lambda a, b: "metaclass data descriptor")

print(Strength.weaker(a=s1, b=s2), Strength.weaker(*[s1, s2]))
try:
    Strength.describe()
except TypeError as e:
    print("TypeError:", e)
Strength.stronger = 42
for _ in range(2):
    try:
        Strength.stronger(s1, s2)
    except TypeError as e:
        print("TypeError:", e)
Strength.nosuch(1)
