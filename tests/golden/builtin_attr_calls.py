# getattr/setattr/hasattr called as compiled code calls them (the direct builtins):
# defaults, errors in CPython's words, __getattr__ raising other errors, and a module
# global or local that rebinds the name afterwards.
class A:
    x = 1

    @property
    def boom(self):
        raise ValueError("from property")


class Dyn:
    def __getattr__(self, name):
        if name == "bad":
            raise KeyError(name)
        return name.upper()


a = A()
print(getattr(a, "x", 0), getattr(a, "y", "dflt"), hasattr(a, "x"), hasattr(a, "y"))
print(setattr(a, "y", 5), a.y, getattr(a, "y", 0))
d = Dyn()
print(getattr(d, "abc", 0), hasattr(d, "zz"))
for call in (lambda: getattr(a, 3, 0), lambda: setattr(a, None, 1), lambda: hasattr(a, b"x"),
             lambda: getattr(a, "boom", 0), lambda: hasattr(a, "boom"), lambda: getattr(d, "bad", 0),
             lambda: setattr(1, "x", 2), lambda: setattr(a, "x"), lambda: getattr(a)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

words = ["alpha", "beta", "alpha", "gamma", "beta", "alpha"]
for w in words:
    setattr(a, w, getattr(a, w, 0) + 1)
print(a.alpha, a.beta, a.gamma)


def shadowed():
    getattr = lambda o, n, d: ("local", n, d)
    return getattr(a, "x", 0)


print(shadowed())
setattr = lambda o, n, v: print("global setattr", n, v)
setattr(a, "q", 1)
print(hasattr(a, "q"))
