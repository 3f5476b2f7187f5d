# repr of staticmethod and classmethod objects names the wrapped callable (CPython 3.10+)
import re


def f():
    pass


class Sub(staticmethod):
    pass


class C:
    @staticmethod
    def s():
        pass

    @classmethod
    def c(cls):
        pass


def hide_address(text):
    return re.sub(r"0x[0-9a-f]+", "0x...", text)


print(hide_address(repr(staticmethod(f))))
print(hide_address(repr(classmethod(f))))
print(hide_address(repr(Sub(f))))
print(repr(staticmethod(len)), repr(classmethod(print)))
print(hide_address(repr(C.__dict__["s"])), hide_address(repr(C.__dict__["c"])))
print(repr(staticmethod(42)), str(classmethod("x")))
