# sys.settrace: comprehension frames (<listcomp>, <setcomp>, <dictcomp>, <genexpr>) with call/line/return/exception events, f_locals at line events, f_back, decorator lines, as CPython 3.11
import sys


def tracer(frame, event, arg):
    code = frame.f_code
    name = code.co_name
    if name == "tracer":
        return None
    shown = ""
    if event == "line" and name.startswith("<"):
        shown = sorted((k, v) for k, v in frame.f_locals.items() if k != ".0")
    extra = ""
    if event == "return":
        extra = arg.__name__ if callable(arg) else repr(arg)
    elif event == "exception":
        extra = arg[0].__name__
    back = frame.f_back.f_code.co_name if frame.f_back else None
    print(event, name, frame.f_lineno - code.co_firstlineno, back, extra, shown)
    return tracer


def deco(fn):
    return fn


def comprehensions(n):
    squares = [i * i for i in range(n)]
    evens = {i for i in squares if i % 2 == 0}
    table = {i: str(i) for i in range(n)}
    pairs = [(a, b) for a in range(3) for b in range(a) if b]
    total = sum(x for x in squares)
    nested = [[j for j in range(i)] for i in range(3)]
    return squares, sorted(evens), table, pairs, total, nested


def captured(k):
    scale = k
    return [scale * v for v in (1, 2)]


def failing():
    try:
        return [1 // v for v in (1, 0)]
    except ZeroDivisionError:
        return "caught"


def decorated():
    @deco
    @deco
    def inner():
        return 1
    return inner()


sys.settrace(tracer)
result = comprehensions(3)
scaled = captured(10)
outcome = failing()
value = decorated()
sys.settrace(None)
print(result, scaled, outcome, value)
