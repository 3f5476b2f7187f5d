# traceback carets of comparisons that decide a branch (if, elif, while, conditional
# expressions, assert, chained comparisons, `not`), as CPython 3.11 marks them
import re
import traceback


def show(fn, *args):
    try:
        fn(*args)
    except Exception as exc:
        text = "".join(traceback.format_exception(exc))
        print(re.sub(r'File ".*?([^/"]+)"', r'File "\1"', text), end="")
    print("--")


def if_stmt(a, b):
    if a > b:
        return 1
    return 2


def elif_stmt(a, b):
    if a == b:
        return 0
    elif a < b:
        return 1


def while_stmt(a, b):
    while a <= b:
        a += 1


def ifexp(a, b):
    return "yes" if a >= b else "no"


def chained(a, b, c):
    if a < b < c:
        return 1


def negated(a, b):
    if not a > b:
        return 1


def multiline(a, b):
    if (a +
            1 > b):
        return 1


def in_boolop(a, b):
    return 1 if a and a > b else 0


def ok(a, b):
    return (1 if a > b else 2), (a < b)


print(ok(1, 2), ok(3, 2))
show(if_stmt, "s", 1)
show(elif_stmt, "s", 1)
show(while_stmt, None, 1)
show(ifexp, [], 1)
show(chained, 1, 2, "c")
show(negated, {}, 1)
show(multiline, 1.5, "x")
show(in_boolop, "s", 1)
