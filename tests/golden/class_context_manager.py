class Tag:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def __enter__(self):
        self.log.append("<%s>" % self.name)
        return self
    def __exit__(self, et, ev, tb):
        self.log.append("</%s>" % self.name)
        return False
log = []
with Tag("a", log) as t:
    log.append("body:" + t.name)
    with Tag("b", log), Tag("c", log) as c:
        log.append("inner:" + c.name)
print(log)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return "entered"
    def __exit__(self, et, ev, tb):
        print("exit with", et.__name__ if et else None, ev)
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError) as v:
    print(v)
    {}["k"]
    print("not reached")
print("after suppressed")
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("caught outside:", e)
with Suppress(ValueError):
    pass
def f():
    with Tag("ret", log):
        return "returned"
log.clear()
print(f(), log)
for i in range(3):
    with Tag(str(i), log):
        if i == 1:
            continue
        log.append("work")
print(log)
