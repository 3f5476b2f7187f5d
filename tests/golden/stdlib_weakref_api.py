# weakref: ref/proxy semantics that do not depend on collection timing (weakrefability, sharing, hash, eq, proxies, errors)
import collections
import functools
import re
import threading
import weakref


class A:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "A(%d)" % self.n

    def __eq__(self, other):
        return isinstance(other, A) and self.n == other.n

    def __hash__(self):
        return hash(self.n)

    def method(self, k):
        return self.n * k


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __radd__(self, o):
        return Num(o + self.v)

    def __iadd__(self, o):
        self.v += o
        return self

    def __lt__(self, o):
        return self.v < o

    def __len__(self):
        return self.v

    def __getitem__(self, i):
        return i * 10

    def __neg__(self):
        return -self.v

    def __call__(self, *a, **k):
        return ("called", a, k)

    def __str__(self):
        return "Num<%d>" % self.v


def quiet(r):
    pass


def check(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def main():
    for value in (None, 1, 2.5, "s", b"b", (), [], {}, object(), range(3), Slotted()):
        check("ref %s" % type(value).__name__, lambda: weakref.ref(value))
    for value in (A(1), SlottedWeak(), {1, 2}, frozenset(), len, main, A, int, A(2).method, weakref,
                  re.compile("x"), threading.Lock(), functools.partial(len), collections.deque(),
                  collections.OrderedDict(), (x for x in ())):
        r = weakref.ref(value)
        print("ok", type(value).__name__, r() is value)
    a = A(1)
    print(a.__weakref__, SlottedWeak().__weakref__)
    r = weakref.ref(a)
    print(a.__weakref__ is r, weakref.WeakSet[int], weakref.WeakKeyDictionary[A])
    print(r is weakref.ref(a), r is weakref.ref(a, None))
    print(weakref.getweakrefcount(a), weakref.getweakrefcount(1), weakref.getweakrefs(2))
    r2 = weakref.ref(a, quiet)
    print(r2 is r, weakref.ref(a, quiet) is r2)
    p = weakref.proxy(a)
    print(weakref.getweakrefs(a)[0] is r, weakref.getweakrefs(a)[1] is p, r2 in weakref.getweakrefs(a))
    print(r == r2, r != r2, hash(r) == hash(a), hash(r2) == hash(1))
    b = A(1)
    print(r == weakref.ref(b), r.__callback__, r2.__callback__ is quiet)
    print(type(r).__name__, type(r).__module__, type(r), weakref.ref is weakref.ReferenceType)
    print(type(p), type(weakref.proxy(len)), weakref.ProxyTypes)
    print(p.n, p.method(3), str(p), p == A(1), isinstance(p, weakref.ProxyType))
    p.n = 5
    print(a.n, p.__class__.__name__)
    del p.n
    print(hasattr(a, "n"))
    a.n = 1
    check("r(1)", lambda: r(1))
    check("ref()", lambda: weakref.ref())
    check("ref(a,b,c)", lambda: weakref.ref(a, None, 3))
    check("ref kw", lambda: weakref.ref(a, callback=None))
    check("proxy()", lambda: weakref.proxy())
    check("hash(p)", lambda: hash(p))
    check("r < r2", lambda: r < r2)
    check("count()", lambda: weakref.getweakrefcount())
    n = Num(3)
    q = weakref.proxy(n)
    print(type(q).__name__, str(q), q + 1, 1 + q, len(q), q[4], -q, q < 5, bool(q))
    print(q(1, k=2), list(iter(weakref.proxy([1, 2]))) if False else "-")
    q += 2
    print(n.v, type(q).__name__)
    lst = [3, 1, 2]
    check("proxy list", lambda: weakref.proxy(lst))
    s = {1, 2}
    ps = weakref.proxy(s)
    print(1 in ps, len(ps), sorted(ps), ps | {3}, ps & {2})
    check("next(proxy)", lambda: next(weakref.proxy(s)))
    print(weakref.ref[int], "__callback__" in dir(weakref.ref))


main()
