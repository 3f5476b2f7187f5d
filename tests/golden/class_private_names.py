# Private names (`__x` inside a class) are mangled to `_Class__x`, as CPython's compiler does.
class Base:
    __slots__ = ("__hidden", "__dict__")
    __tag = "base"

    def __init__(self):
        self.__x = 1
        self.__hidden = "h"
        self.__dunder__ = "not mangled"

    def base_x(self):
        return self.__x, self.__tag, self.__hidden

    def __helper(self):
        return "Base.__helper"

    def call_helper(self):
        return self.__helper()


class Derived(Base):
    __tag = "derived"

    def __init__(self):
        super().__init__()
        self.__x = 2

    def derived_x(self):
        return self.__x, self.__tag, Base._Base__tag


d = Derived()
print(d.base_x(), d.derived_x())
print(sorted(vars(d)))
print(d._Base__x, d._Derived__x, d._Base__hidden, d.__dunder__)
print(d.call_helper(), Base._Base__helper.__name__, Base._Base__helper.__qualname__)
print(hasattr(d, "__x"), hasattr(Base, "__tag"), "_Base__tag" in Base.__dict__)


class _Leading:
    def __init__(self):
        self.__v = "lead"


class ___:
    def __init__(self):
        self.__v = "unmangled"


print(vars(_Leading()), vars(___()))


class Outer:
    __o = "outer"

    class __Inner:
        __i = "inner"

        def get(self):
            return self.__i, getattr(self, "_Inner__i", None)

    def make(self):
        return self.__Inner().get(), self._Outer__Inner.__name__

    def closures(self):
        f = lambda: self.__o
        g = [self.__o for _ in range(2)]

        def nested():
            return self.__o
        return f(), g, nested()


print(Outer().make(), Outer().closures())

__module_level = "module"


def plain():
    __local = 1
    return __local, __module_level


print(plain())

counter = 0


class UsesGlobal:
    def bump(self):
        global counter
        counter += 1
        return counter

    def kwargs(self, **kw):
        return sorted(kw)

    def pass_private(self):
        return self.kwargs(__k=1)


print(UsesGlobal().bump(), UsesGlobal().pass_private())

try:
    Derived().__x
except AttributeError as e:
    print("AttributeError:", e)
