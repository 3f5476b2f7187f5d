cases = [
    (lambda: 1 // 0, ArithmeticError),
    (lambda: [][0], LookupError),
    (lambda: {}["k"], LookupError),
    (lambda: int("x"), ValueError),
    (lambda: undefined_thing, NameError),
    (lambda: (1).foo, AttributeError),
    (lambda: 1 + "s", TypeError),
    (lambda: float(10 ** 400), OverflowError),
    (lambda: "é".encode("ascii"), ValueError),
    (lambda: next(iter([])), StopIteration),
    (lambda: [].pop(), IndexError),
]
for fn, base in cases:
    try:
        fn()
    except base as e:
        print("caught", type(e).__name__, "as", base.__name__, "|", isinstance(e, Exception))
for exc in [ZeroDivisionError, KeyError, IndexError, UnicodeEncodeError, RecursionError, NotImplementedError,
            FileNotFoundError, UnboundLocalError, ModuleNotFoundError, StopIteration, KeyboardInterrupt, SystemExit]:
    print(exc.__name__, "->", " ".join([c.__name__ for c in exc.__mro__[1:]]))
print(issubclass(KeyError, LookupError), issubclass(LookupError, Exception), issubclass(Exception, BaseException))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(OSError, Exception), IOError is OSError, EnvironmentError is OSError, issubclass(TimeoutError, OSError))
