import sys
def boom():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])

try:
    boom()
except* ValueError as e:
    print("V", repr(e), repr(sys.exc_info()[1]))
except* TypeError as e:
    print("T", repr(e))
except* KeyError:
    print("K")
print("after 1")

try:
    try:
        boom()
    except* ValueError as e:
        print("V only", repr(e))
except ExceptionGroup as rest:
    print("rest", repr(rest))

try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked", repr(e), repr(e.exceptions[0]))

try:
    try:
        raise ValueError("naked2")
    except* TypeError:
        print("no")
except ValueError as e:
    print("passes through", repr(e))

try:
    try:
        boom()
    except* ValueError:
        raise
    except* TypeError as e:
        raise RuntimeError("new") from None
except ExceptionGroup as g:
    print("combined", repr(g))

try:
    try:
        raise ValueError("x")
    except* ValueError:
        raise KeyError("replaced")
except KeyError as e:
    print("replaced", repr(e), repr(e.__context__))

for bad in (int, ExceptionGroup, (ValueError, ExceptionGroup)):
    try:
        try:
            boom()
        except* bad:
            pass
    except TypeError as e:
        print(e)

def gen():
    for i in range(3):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError as e:
            print("loop", i, e.exceptions)
            for j in range(2):
                if j:
                    break
        else:
            print("else")
        finally:
            print("finally", i)
gen()
try:
    pass
except* ValueError:
    pass
else:
    print("else ran")
try:
    raise ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [TypeError(2)])])
except* TypeError as e:
    print(repr(e))
except* ValueError as e:
    print(repr(e))
