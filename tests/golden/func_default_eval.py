log = []
def default_value(tag):
    log.append(tag)
    return tag
def f(a=default_value("a"), b=default_value("b")):
    return a + b
print(log)
print(f(), f("x"), f(b="y"), log)
def g(items=[], counter={"n": 0}):
    counter["n"] += 1
    items.append(counter["n"])
    return items
print(g(), g(), g([]), g())
class Config:
    defaults = {"debug": False}
    def __init__(self, opts=None):
        self.opts = dict(Config.defaults)
        self.opts.update(opts or {})
c1 = Config({"debug": True})
c2 = Config()
print(c1.opts, c2.opts, Config.defaults)
def h(n, seen=None):
    seen = set() if seen is None else seen
    seen.add(n)
    return len(seen)
print(h(1), h(2), h(3, {1, 2}))
def kw_default(*, sep=", ", end="."):
    return sep.join(["a", "b"]) + end
print(kw_default(), kw_default(sep="-"), kw_default(end="!"))
