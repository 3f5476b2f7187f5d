# weakref: ref subclasses, finalize at exit (atexit flag, newest first), callbacks raising, iteration guards
import gc
import weakref


class A:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "A(%d)" % self.n


class NamedRef(weakref.ref):
    __slots__ = ("name",)

    def __init__(self, ob, callback=None, name="?"):
        super().__init__(ob, callback)
        self.name = name

    def __new__(cls, ob, callback=None, name="?"):
        return super().__new__(cls, ob, callback)


class DictRef(weakref.ref):
    pass


class TaggedRef(weakref.ref):
    def __init__(self, ob, callback=None, **tags):
        super().__init__(ob, callback)
        self.tags = tags


def deeper(helper, *args):
    for i in range(1):
        result = helper(*args)
    return result


log = []


def raising(r):
    log.append(("callback raising for", type(r).__name__))
    raise ValueError("from a callback")


def make_subclass_refs(keep):
    out = []
    for i in range(3):
        obj = A(i)
        out.append(NamedRef(obj, lambda r: log.append(("named", r.name, r())), name="n%d" % i))
        if i == 1:
            keep.append(obj)
    d = DictRef(keep[0], raising)
    d.extra = 42
    out.append(d)
    return out


def show_refs(refs, keep):
    print([type(r).__name__ for r in refs], refs[3].extra, refs[0].name, isinstance(refs[0], weakref.ref))
    print(weakref.getweakrefcount(keep[0]), refs[1]() is keep[0], refs[1] == weakref.ref(keep[0]))


def tagged(keep):
    obj = keep[0]
    t = TaggedRef(obj, color="red")
    print(type(t).__name__, t.tags, t() is obj, t is not weakref.ref(obj))
    for args, kwargs in (((obj,), {"callback": None}), ((obj, None), {"x": 1}), ((), {})):
        try:
            weakref.ref(*args, **kwargs)
        except TypeError as e:
            print("TypeError", e)


def referents(refs):
    return [repr(r()) for r in refs]


def fill(d, n):
    keep = []
    for i in range(n):
        obj = A(i)
        d[i] = obj
        if i != 2:
            keep.append(obj)
    return keep


def main():
    keep = []
    refs = deeper(make_subclass_refs, keep)
    deeper(show_refs, refs, keep)
    deeper(tagged, keep)
    gc.collect()
    print("after collect", sorted(log), deeper(referents, refs))
    log.clear()
    keep.clear()
    gc.collect()
    print("after second collect", sorted(log), deeper(referents, refs))

    d = weakref.WeakValueDictionary()
    keep = deeper(fill, d, 5)
    seen = []
    for k, v in d.items():
        if not seen:
            gc.collect()
        seen.append(k)
    print(sorted(seen), len(d), sorted(d))

    keep.append(A(100))
    f1 = weakref.finalize(keep[-1], print, "exit finalizer 1")
    f2 = weakref.finalize(keep[-1], print, "exit finalizer 2", sep="|")
    f3 = weakref.finalize(keep[-1], print, "not at exit")
    f3.atexit = False
    print(f1.atexit, f3.atexit, f2.alive, f2.peek()[2:])
    f3.detach()
    print("end of main")


main()
