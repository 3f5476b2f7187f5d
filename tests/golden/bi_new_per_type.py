# Each builtin type has its own __new__, bound to the type, with CPython's tp_new_wrapper
# checks: a subtype of the type, whose nearest class without a Python __new__ is made by
# the same type's constructor.


def attempt(text, f):
    try:
        print(text, "->", repr(f()))
    except TypeError as e:
        print(text, "-> TypeError:", e)


class MyInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)


class MyStr(str):
    pass


class Plain:
    pass


class WithNew:
    def __new__(cls, *args):
        return object.__new__(cls)


class IntThenStr(MyInt):
    def __new__(cls, v):
        return int.__new__(cls, v + 1)


class MyErr(ValueError):
    pass


attempt("object.__new__(int)", lambda: object.__new__(int))
attempt("int.__new__(str)", lambda: int.__new__(str))
attempt("int.__new__(bool)", lambda: int.__new__(bool))
attempt("int.__new__(int, '7')", lambda: int.__new__(int, "7"))
attempt("int.__new__(MyInt, 5)", lambda: type(int.__new__(MyInt, 5)).__name__)
attempt("MyInt(5)", lambda: (MyInt(5), type(MyInt(5)).__name__))
attempt("IntThenStr(5)", lambda: (IntThenStr(5), type(IntThenStr(5)).__name__))
attempt("str.__new__(MyStr, 'ab')", lambda: (str.__new__(MyStr, "ab"), type(str.__new__(MyStr, "ab")).__name__))
attempt("object.__new__(MyStr)", lambda: object.__new__(MyStr))
attempt("int.__new__()", lambda: int.__new__())
attempt("int.__new__(5)", lambda: int.__new__(5))
attempt("tuple.__new__(list)", lambda: tuple.__new__(list))
attempt("tuple.__new__(tuple, 'ab')", lambda: tuple.__new__(tuple, "ab"))
attempt("list.__new__(list, 1, 2)", lambda: list.__new__(list, 1, 2))
attempt("dict.__new__(dict)", lambda: dict.__new__(dict))
attempt("object.__new__(Plain)", lambda: type(object.__new__(Plain)).__name__)
attempt("object.__new__(Plain, 1)", lambda: object.__new__(Plain, 1))
attempt("object.__new__(WithNew, 1)", lambda: object.__new__(WithNew, 1))
attempt("WithNew(1)", lambda: type(WithNew(1)).__name__)
attempt("object.__new__(MyErr)", lambda: object.__new__(MyErr))
attempt("Exception.__new__(MyErr, 'x')", lambda: repr(Exception.__new__(MyErr, "x")))
attempt("float.__new__(float, '2.5')", lambda: float.__new__(float, "2.5"))
attempt("str.__new__(int)", lambda: str.__new__(int))
attempt("type.__new__(int)", lambda: type.__new__(int))
print(int.__new__.__self__ is int, object.__new__.__self__ is object, int.__new__ is not object.__new__)
print(int.__new__.__name__, "__new__" in int.__dict__, "__new__" in bool.__dict__, "__new__" in MyStr.__dict__)
print((5).__new__ is int.__new__, MyInt.__new__ is not int.__new__)
print(repr(str.__new__).startswith("<built-in method __new__ of type object at "))
