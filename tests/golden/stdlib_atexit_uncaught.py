# atexit after an uncaught exception: its traceback first, then the callbacks (one raising SystemExit, reported), exit status 1
import atexit
import sys


def leave():
    sys.exit(5)


def report(what):
    print("callback:", what)
    sys.stdout.flush()


atexit.register(report, "registered first")
atexit.register(leave)
atexit.register(report, what="registered last")
atexit.register(print, "unregistered")
atexit.unregister(print)
print("raising")
raise KeyError("uncaught")
