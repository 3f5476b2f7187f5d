# locals(), vars() and dir() without arguments see the calling scope; globals() reads the module's names.
def outer(p):
    q = 1
    def inner(r):
        s = r + p
        print(sorted(locals().items()), dir())
        if r > 100:
            t = 1
        print(sorted(vars()))
        return s
    print(sorted(locals()))
    return inner(2)
outer(10)
def gen(a):
    b = a * 2
    yield sorted(locals().items())
print(list(gen(3)))
def unbound():
    print(locals())
    x = 1
    del x
    print(locals())
unbound()
def dispatch(name):
    return globals()[name]()
def hello(): return "hi"
print(dispatch("hello"), "dispatch" in globals(), globals()["__name__"])
class K:
    a = 1
    b = locals()
    print(sorted(b), sorted(dir()))
