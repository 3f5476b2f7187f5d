# traceback carets: chained exceptions, limits, non-ASCII columns, trailing blanks, multi-line expressions, print_exc and format_exception
import io
import sys
import traceback


def clean(text):
    out = []
    for line in text.splitlines():
        if line.startswith("  File ") or line.startswith("  | File") or "  File \"" in line:
            head, name, tail = line.split("\"", 2)
            line = head + "\"" + name.rsplit("/", 1)[-1] + "\"" + tail
        out.append(line)
    return "\n".join(out)


def run(fn, limit=None):
    try:
        fn()
    except BaseException as e:
        print(clean("".join(traceback.format_exception(e, limit=limit))))
    print("--")


def unicode_columns():
    données = {"clé": [1]}
    return données["clé"][3] + 1


def trailing_blanks():
    value = [1][2]   
    return value


def multiline_binop():
    return [1][0] + \
        "x"


def multiline_attribute():
    return (sys
            .nosuch_attribute)


def multiline_args():
    return int(
        "z")


def cause():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e


def context():
    try:
        1 / 0
    except ZeroDivisionError:
        [].pop()


def deep(n):
    if n == 0:
        return {}.missing
    return deep(n - 1) + 1


def group():
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)])


def method_chain():
    return "abc".upper().lower().nosuch()


def call_inside_call():
    return max(int("1"), int("two"))


run(unicode_columns)
run(trailing_blanks)
run(multiline_binop)
run(multiline_attribute)
run(multiline_args)
run(cause)
run(context)
run(lambda: deep(2))
run(lambda: deep(2), limit=2)
run(lambda: deep(2), limit=-1)
run(group)
run(method_chain)
run(call_inside_call)
try:
    [][0]
except IndexError:
    print(clean(traceback.format_exc()))
try:
    (lambda: {}["x"])()
except KeyError:
    buffer = io.StringIO()
    traceback.print_exc(file=buffer)
    print(clean(buffer.getvalue()))
