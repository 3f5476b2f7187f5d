# traceback objects: __traceback__, tb_next/tb_lineno/tb_frame, with_traceback, and the
# traceback module's extract_tb/format_tb/walk_tb/StackSummary/TracebackException
import os
import re
import sys
import traceback


def clean(text):
    """No directories in file names; no column carets (CPython 3.11's ~~^^~~ lines)."""
    text = re.sub(r'File "[^"]*[/\\]', 'File "', text)
    return "".join(line for line in text.splitlines(True) if not re.fullmatch(r"\s*[~^]+\s*", line))


def inner(x):
    return 10 // x


def middle(x):
    try:
        return inner(x)
    except ZeroDivisionError:
        raise


def outer(x):
    return middle(x) + 1


try:
    outer(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, sys.exc_info()[2] is tb)
    linenos = []
    t = tb
    while t is not None:
        linenos.append(t.tb_lineno)
        t = t.tb_next
    print(linenos)
    print(tb.tb_frame.f_globals["__name__"], type(tb.tb_frame).__name__, tb.tb_next.tb_frame.f_lineno)
    print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_frame.f_code is outer.__code__)
    print(tb.tb_next.tb_frame.f_code is outer.__code__)
    print([(os.path.basename(f.filename), f.lineno, f.name, f.line) for f in traceback.extract_tb(tb)])
    print([line for frame, line in traceback.walk_tb(tb)])
    print(clean("".join(traceback.format_tb(tb))), end="")
    print(clean("".join(traceback.format_tb(tb, limit=1))), end="")
    print(clean("".join(traceback.format_tb(tb, limit=-1))), end="")
    summary = traceback.extract_tb(tb)
    filename, lineno, name, line = summary[-1]
    print(os.path.basename(filename), lineno, name, line, len(summary[-1]), summary[-1][2])
    print(repr(summary[0]).replace(summary[0].filename, "F"))
    saved = e

print(saved.__traceback__ is not None)

# with_traceback and __traceback__ assignment
err = ValueError("v")
print(err.__traceback__, err.with_traceback(None) is err)
try:
    raise err
except ValueError as e:
    first = e.__traceback__
    print(first.tb_lineno, first.tb_next)
try:
    raise err.with_traceback(first)
except ValueError as e:
    print([t for _, t in traceback.walk_tb(e.__traceback__)])
for bad in (5, "tb"):
    try:
        err.__traceback__ = bad
    except TypeError as x:
        print("TypeError", x)
    try:
        err.with_traceback(bad)
    except TypeError as x:
        print("TypeError", x)
try:
    del err.__traceback__
except TypeError as x:
    print("TypeError", x)
err.__traceback__ = None
print(err.__traceback__)

# tb_next can be cut, not looped
try:
    outer(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    try:
        tb.tb_next.tb_next = tb
    except ValueError as x:
        print("ValueError", x)
    try:
        tb.tb_next = 3
    except TypeError as x:
        print("TypeError", x)
    tb.tb_next.tb_next = None
    print([t for _, t in traceback.walk_tb(e.__traceback__)])

# StackSummary formatting: from tuples, repeated lines folded
rows = [("a.py", 3, "f", "x = 1")] * 6 + [("b.py", 9, "g", "")]
print("".join(traceback.format_list(rows)), end="")
s = traceback.StackSummary.from_list([("m.py", 1, "h", "pass")])
print(type(s).__name__, s[0] == ("m.py", 1, "h", "pass"), s.format())
fs = traceback.FrameSummary("z.py", 4, "k", line="  y = 2  ")
print(fs.line, list(fs), fs == ("z.py", 4, "k", "y = 2"))

# exceptions from other functions, chained: TracebackException
def fail_with_cause():
    try:
        {}["key"]
    except KeyError as k:
        raise RuntimeError("wrapped") from k

try:
    fail_with_cause()
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e)
    print(str(te), te.exc_type.__name__, type(te.__cause__).__name__, str(te.__cause__))
    print([f.name for f in te.stack], [f.name for f in te.__cause__.stack])
    print(clean("".join(te.format())), end="")
    print("".join(te.format_exception_only()), end="")
    print(clean("".join(traceback.format_exception(type(e), e, e.__traceback__))), end="")
    print(clean("".join(traceback.format_exception(e, chain=False))), end="")

# recursion: repeated frames are folded in format_tb
def down(n):
    if n == 0:
        raise IndexError("bottom")
    return down(n - 1)

try:
    down(6)
except IndexError as e:
    print(clean("".join(traceback.format_tb(e.__traceback__))), end="")
