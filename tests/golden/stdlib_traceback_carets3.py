# traceback carets from traceback objects: extract_tb positions (colno, end_colno, end_lineno), format_tb, TracebackException, StackSummary
import traceback


def base(path):
    return path.rsplit("/", 1)[-1]


def fail(data, key):
    return data["x"][key] * 2


def fail_multiline(value):
    return int(
        value)


def caught(fn, *args):
    try:
        fn(*args)
    except Exception as e:
        return e


for exc in [caught(fail, {"x": [1]}, 4), caught(fail, {"x": "é"}, "k"), caught(fail_multiline, "q")]:
    tb = exc.__traceback__
    for frame in traceback.extract_tb(tb):
        print(base(frame.filename), frame.name, frame.lineno, frame.end_lineno, frame.colno, frame.end_colno,
              repr(frame.line))
    for chunk in traceback.format_tb(tb):
        print(chunk.replace(chunk.split('"')[1], base(chunk.split('"')[1])), end="")
    te = traceback.TracebackException.from_exception(exc)
    for chunk in te.format():
        if chunk.startswith("  File"):
            chunk = chunk.replace(chunk.split('"')[1], base(chunk.split('"')[1]))
        print(chunk, end="")
    summary = traceback.StackSummary.extract(traceback.walk_tb(tb))
    print([f.colno for f in summary], len(summary.format()))
    print("--")

manual = traceback.FrameSummary("nowhere.py", 3, "f", line="x = y", colno=4, end_colno=5)
print(manual.colno, manual.end_colno, manual.end_lineno, manual.line)
