# sys.settrace: a lambda or a def whose body is on its own line reports that line; a function running off its end (after while, for, while/else, for/else, break, if/else, try/finally, try/except, with) reports no extra 'line' event and returns at the line that ran last
import sys


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("<module>", "__enter__", "__exit__"):
        return None
    print(event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno, repr(arg) if event == "return" else "")
    return tracer


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def w(n):
    while n:
        n -= 1


def f(n):
    for i in range(n):
        pass


def we(n):
    while n:
        n -= 1
    else:
        n = 5


def fe(n):
    for i in range(n):
        pass
    else:
        n = 7


def tf(n):
    try:
        n += 1
    finally:
        n -= 1


def wb(n):
    while True:
        if n > 1:
            break
        n += 1


def fif(n):
    for i in range(n):
        if i:
            n += 1


def iff(n):
    if n:
        n += 1


def ife(n):
    if n:
        n += 1
    else:
        n -= 1


def wt(n):
    while n:
        try:
            n -= 1
        finally:
            pass


def tex(n):
    try:
        n += 1
    except ValueError:
        n -= 1


def w2(n):
    while n > 0:
        n -= 1
    n = 4


def withf(n):
    with Ctx():
        n += 1


def one_line(n): return n + 1


lam = lambda n: n * 2


def gen(n):
    while n:
        yield n
        n -= 1


sys.settrace(tracer)
for fn in (w, f, we, fe, tf, wb, fif, iff, ife, wt, tex, w2, withf, one_line, lam):
    print("--", fn.__name__)
    fn(2)
print("--", list(gen(2)))
sys.settrace(None)
