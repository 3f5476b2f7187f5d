# traceback: print_exception / format_exception / format_exception_only / print_exc /
# format_exc give the text of an uncaught exception (chains, source lines) to a file.
# (File paths are cut to their last part: CPython prints the script's absolute path.)
import io, sys, traceback

def show(text):
    for line in text.splitlines():
        if line.startswith('  File "'):
            path = line.split('"')[1]
            line = line.replace(path, path.rsplit("/", 1)[-1])
        print(line)

def inner():
    raise ValueError("bad value")

def outer():
    try:
        inner()
    except ValueError as e:
        raise KeyError("k") from e

try:
    outer()
except KeyError as e:
    buf = io.StringIO()
    traceback.print_exception(e, file=buf)
    show(buf.getvalue())
    parts = traceback.format_exception(e)
    print(len(parts), repr(parts[0]), repr(parts[-1]), "".join(parts) == buf.getvalue())
    show("".join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)))
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))
    print(traceback.format_exc().splitlines()[-1])
    out = io.StringIO()
    traceback.print_exc(file=out)
    show(out.getvalue())

print(repr(traceback.format_exc()))
print(traceback.format_exception_only(None), traceback.format_exception(None))
try:
    traceback.print_exception(5)
except TypeError as e:
    print("TypeError", e)
