# weakref: callbacks, dead refs and proxies, WeakValueDictionary/WeakKeyDictionary/WeakSet/WeakMethod/finalize after gc.collect()
# Objects are made and dropped inside helper functions (which hold a loop, so the
# compiler does not inline them) and printed only from there: once those frames have
# returned, gc.collect() frees them in trc as surely as CPython's refcounting does.
import gc
import weakref


class A:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "A(%d)" % self.n

    def method(self):
        return "method of A(%d)" % self.n


log = []


def cb(name):
    def callback(r):
        log.append((name, r() is None))
    return callback


def make_many(count, make_ref):
    refs = []
    for i in range(count):
        refs.append(make_ref(A(i)))
    return refs


def deeper(helper, *args):
    """helper(*args) one frame deeper than the caller's gc.collect(), so that the
    frames of the helper's calls are not where collect's own frames go."""
    for i in range(1):
        result = helper(*args)
    return result


def drain_log():
    out = sorted(log)
    log.clear()
    return out


def keep_some(d, n):
    kept = []
    for i in range(n):
        obj = A(i)
        d[i] = obj
        if i % 2 == 0:
            kept.append(obj)
    return kept


def fill_keys(d, n):
    kept = []
    for i in range(n):
        obj = A(i)
        d[obj] = i * i
        if i % 3 == 0:
            kept.append(obj)
    return kept


def fill_set(s, n):
    kept = []
    for i in range(n):
        obj = A(i)
        s.add(obj)
        if i < 2:
            kept.append(obj)
    return kept


def finalizers(count):
    fs = []
    for i in range(count):
        fs.append(weakref.finalize(A(i), log.append, ("finalized", i)))
    return fs


def bound_method():
    for i in range(1):
        obj = A(7)
    wm = weakref.WeakMethod(obj.method, cb("wm"))
    print(wm()(), wm == weakref.WeakMethod(obj.method), wm.__callback__ is not None)
    return wm


def main():
    refs = deeper(make_many, 5, lambda o: weakref.ref(o, cb("ref %d" % o.n)))
    gc.collect()
    print(drain_log())
    print([r() for r in refs], [r.__callback__ for r in refs][:1])
    print(repr(refs[0]).endswith("; dead>"), refs[0] == refs[0], refs[0] == refs[1])
    try:
        hash(refs[0])
    except TypeError as e:
        print("TypeError", e)

    proxies = deeper(make_many, 2, lambda o: weakref.proxy(o, lambda p: log.append(("proxy", type(p).__name__))))
    gc.collect()
    print(drain_log())
    for f in (lambda: proxies[0].n, lambda: str(proxies[0]), lambda: proxies[0] + 1, lambda: bool(proxies[0])):
        try:
            f()
        except ReferenceError as e:
            print("ReferenceError", e)

    d = weakref.WeakValueDictionary()
    kept = deeper(keep_some, d, 6)
    gc.collect()
    print(drain_log(), sorted(d.keys()), len(d), 1 in d, 2 in d, d.get(3, "gone"), d[4])
    try:
        d[5]
    except KeyError as e:
        print("KeyError", e)
    print(sorted(d.items()), sorted(x.n for x in d.values()), sorted(d.copy().keys()))
    print(d.pop(0), d.setdefault(2, kept[0]), len(d), d.popitem()[0] in (2, 4), repr(d).startswith("<WeakValueDictionary at"))
    kept = None

    k = weakref.WeakKeyDictionary()
    kept = deeper(fill_keys, k, 7)
    gc.collect()
    print(drain_log(), sorted(v for v in k.values()), len(k), kept[1] in k, 5 in k, k[kept[2]])
    print(sorted(o.n for o in k.keys()), sorted((o.n, v) for o, v in k.items()), len(k.keyrefs()))
    del k[kept[0]]
    print(len(k), k.get(kept[1]), k.pop(kept[2]), len(k))

    s = weakref.WeakSet()
    kept = deeper(fill_set, s, 5)
    gc.collect()
    print(drain_log(), len(s), sorted(o.n for o in s), kept[0] in s, A(9) in s, 3 in s)
    s2 = weakref.WeakSet(kept[:1])
    print(s2 <= s, s >= s2, s2 < s, sorted(o.n for o in s - s2), sorted(o.n for o in s | s2), s == weakref.WeakSet(kept))
    s.discard(kept[0])
    print(len(s), sorted(o.n for o in s), s.pop().n, len(s))

    fs = deeper(finalizers, 3)
    gc.collect()
    print(drain_log(), [f.alive for f in fs], [f() for f in fs], [f.peek() for f in fs])



def check_weakmethod():
    wm = deeper(bound_method)
    gc.collect()
    print(drain_log(), wm(), wm == wm)


main()
check_weakmethod()
