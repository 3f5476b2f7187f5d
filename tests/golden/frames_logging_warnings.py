# logging's caller fields (%(funcName)s %(lineno)d %(module)s %(filename)s, stacklevel, stack_info) and warnings.warn's stacklevel place
import logging
import os
import sys
import warnings

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)s %(funcName)s:%(lineno)d %(module)s %(filename)s | %(message)s"))
log = logging.getLogger("frames")
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False

log.info("at module level")


def work():
    log.debug("in work")
    log.warning("warned %d", 3)


work()


def helper(msg):
    log.info(msg, stacklevel=2)


def uses_helper():
    helper("reported at the helper's caller")


uses_helper()


class Service:
    def run(self):
        log.error("from a method")
        try:
            1 / 0
        except ZeroDivisionError:
            log.critical("caught")

    @property
    def status(self):
        log.info("in a property")
        return "ok"


svc = Service()
svc.run()
print(svc.status)


def deep():
    log.info("too deep", stacklevel=50)


deep()

record = []


class Capture(logging.Handler):
    def emit(self, rec):
        record.append((rec.funcName, rec.lineno, rec.module, os.path.basename(rec.pathname), rec.stack_info))


capture = Capture()
log.addHandler(capture)
log.removeHandler(handler)


def with_stack():
    log.info("with stack", stack_info=True)


with_stack()
name, line, module, path, sinfo = record[-1]
print(name, line, module, path)
print(sinfo.splitlines()[0], [l.strip() for l in sinfo.splitlines()[2::2]])
log.addHandler(handler)
adapter = logging.LoggerAdapter(log, {})


def adapted():
    adapter.info("through an adapter")


adapted()
print(record[-1][:3])
log.removeHandler(capture)

# warnings: the place is the caller's (or stacklevel frames out)
warnings.simplefilter("always")


def show(message, category, filename, lineno, file=None, line=None):
    print("warning:", os.path.basename(filename), lineno, category.__name__, message, repr(line))


warnings.showwarning = show


def deprecated_api():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)


def library():
    warnings.warn("library warning")


def caller():
    deprecated_api()
    library()


caller()
warnings.warn("top level", UserWarning)
warnings.warn("too far", stacklevel=10)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    deprecated_api()
    library()
for w in caught:
    print(os.path.basename(w.filename), w.lineno, w.category.__name__, w.message)

print(warnings.formatwarning("fmt", UserWarning, __file__, 20).replace(__file__, os.path.basename(__file__)), end="")
print(repr(warnings.formatwarning("fmt", UserWarning, "nofile.py", 3)))


def once_per_line():
    for i in range(3):
        warnings.warn("repeated")


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    once_per_line()
    once_per_line()
    warnings.warn("repeated")
print([(w.lineno, str(w.message)) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("module")
    once_per_line()
    warnings.warn("repeated")
print([(w.lineno, str(w.message)) for w in caught])
