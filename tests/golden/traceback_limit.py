# traceback.format_exception/print_exception/format_exc limit (outermost n, innermost -n) and sys.tracebacklimit
import io
import sys
import traceback


def level0():
    raise ValueError("value")


def level1():
    level0()


def level2():
    level1()


def level3():
    try:
        level2()
    except ValueError as e:
        raise RuntimeError("wrapped") from e


def frames(text):
    """The function of each File line, and the other lines (no file paths, no source)."""
    out = []
    for line in text.splitlines():
        if line.startswith("  File "):
            out.append(line.rsplit(" ", 1)[-1])
        elif not line.startswith("    "):
            out.append(line)
    return out


try:
    level3()
except RuntimeError as exc:
    err = exc

for limit in (None, 0, 1, 2, -1, -2, 10, -10):
    print("limit", limit, frames("".join(traceback.format_exception(err, limit=limit))))
print(frames("".join(traceback.format_exception(err, limit=2, chain=False))))

buf = io.StringIO()
traceback.print_exception(err, limit=-1, file=buf)
print(frames(buf.getvalue()))

for setting in (3, 1, 0, -5):
    sys.tracebacklimit = setting
    print("tracebacklimit", setting, frames("".join(traceback.format_exception(err))))
    print("  explicit 1", frames("".join(traceback.format_exception(err, limit=1))))
    try:
        level2()
    except ValueError:
        print("  format_exc", frames(traceback.format_exc()))
        print("  format_exc(-1)", frames(traceback.format_exc(-1)))
print(hasattr(sys, "tracebacklimit"))
del sys.tracebacklimit
print(hasattr(sys, "tracebacklimit"), frames("".join(traceback.format_exception(err.__cause__))))
print(traceback.format_exception_only(err))
