# atexit at sys.exit(3): after the non-daemon threads are joined, newest first, with weakref.finalize's and logging's exit work among them; the status stays 3
import atexit
import logging
import sys
import threading
import weakref


def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))


def explode():
    raise ValueError("callback failed")


atexit.register(show, "registered first, runs last", n=1)
atexit.register(explode)

worker_go = threading.Event()


def slow_worker():
    worker_go.wait()
    print("worker finishes before the callbacks")
    atexit.register(show, "registered by a worker still running at exit")


threading.Thread(target=slow_worker).start()  # non-daemon: joined before atexit runs


class Resource:
    pass


res = Resource()
weakref.finalize(res, print, "finalizer of a live object runs at exit")


class FlushReporter(logging.Handler):
    def emit(self, record):
        print("log:", record.getMessage())

    def flush(self):
        print("handler flushed")

    def close(self):
        print("handler closed")
        super().close()


log = logging.getLogger("atexit-test")
log.addHandler(FlushReporter())
log.warning("logged")
atexit.register(show, "registered last, runs first")
print("main module ends")
sys.stdout.flush()
worker_go.set()
sys.exit(3)
print("not reached")
