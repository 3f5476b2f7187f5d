class DataError(Exception):
    pass
def load(s):
    try:
        return int(s)
    except ValueError as e:
        raise DataError("cannot load %r" % s) from e
try:
    load("abc")
except DataError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
    print(type(e.__context__).__name__, e.__context__ is e.__cause__)
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("hidden") from None
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise TypeError("x") from KeyError("cause")
except TypeError as e:
    print(repr(e.__cause__), e.__context__)
e = ValueError("fresh")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
try:
    raise ValueError("a") from 5
except TypeError as t:
    print("TypeError:", t)
