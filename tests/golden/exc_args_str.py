for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(3), KeyError("k"), KeyError("k", "j"),
          IndexError(), OSError(2, "No such file"), StopIteration(5), ZeroDivisionError("div"), KeyError()]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
e = Exception("x")
e.args = ("changed", 1)
print(e, e.args)
print(str(KeyError("quote'me")), str(KeyError(1)), str(KeyError(None)))
print(StopIteration(7).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
err = OSError(2, "No such file or directory")
print(err.errno, err.strerror, type(err).__name__)
try:
    raise ValueError("bad value", 42)
except ValueError as ex:
    msg, code = ex.args
    print(msg, code)
print(Exception("a") == Exception("a"), isinstance(ValueError("v"), Exception))
ue = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(ue, ue.start, ue.end, ue.reason)
