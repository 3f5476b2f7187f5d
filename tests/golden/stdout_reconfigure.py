# sys.stdout.reconfigure(): encoding, errors and newline of the standard streams and of
# files, and its argument errors.
import sys

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print("before", "é€")
sys.stdout.reconfigure(encoding="latin-1", errors="replace")
print(sys.stdout.encoding, sys.stdout.errors, "é€")
sys.stdout.reconfigure(errors="xmlcharrefreplace")
print(sys.stdout.encoding, sys.stdout.errors, "é€")
sys.stdout.reconfigure(encoding="ascii")
print(sys.stdout.encoding, sys.stdout.errors)
show(lambda: sys.stdout.reconfigure(encoding=1))
show(lambda: sys.stdout.reconfigure(encoding="nope"))
show(lambda: sys.stdout.reconfigure(newline="x"))
show(lambda: sys.stdout.reconfigure(errors=2))
show(lambda: sys.stdout.reconfigure("utf-8"))
sys.stdout.reconfigure(encoding="utf-8", newline="\r\n")
print("crlf", "é€")
sys.stdout.reconfigure(newline=None)
sys.stdout.write("wide ☃\n")
sys.stdout.reconfigure(encoding="cp1252")
print("€", end="\n")
print("☃")
