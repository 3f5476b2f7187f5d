# The dunder attributes of the builtin types are CPython 3.11's: dir() lists the same
# names, and the ones that used to work only as operations (divmod, +=, list[int], ...)
# are attributes with CPython's results and errors.  __sizeof__ values are trc's own (its
# layouts differ): only their type and growth are checked.
TYPES = [str, bytes, bytearray, int, float, complex, list, tuple, dict, set, frozenset,
         range, bool, slice, object, type, memoryview]
for T in TYPES:
    names = sorted(n for n in dir(T) if n.startswith("__"))
    print(T.__name__, len(names), " ".join(names))
print([T.__name__ for T in TYPES if "__dict__" in dir(T)], [T.__name__ for T in TYPES if hasattr(T, "__weakref__")])


def show(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        print(type(e).__name__ + ":", e)
        return
    print(repr(r))


print("-- divmod")
show(int.__divmod__, 7, 2); show(int.__divmod__, -7, 2); show(int.__divmod__, 1, "a"); show(int.__divmod__, 1, 0)
show(int.__divmod__, 1, 2.0); show(int.__rdivmod__, 7, 2); show(int.__divmod__, True, 2); show(bool.__divmod__, True, True)
show(float.__divmod__, 7.0, 2); show(float.__divmod__, -7.5, 2.0); show(float.__divmod__, 7.0, 0.0)
show(float.__rdivmod__, 0.0, 1); show(float.__divmod__, 1.0, "a"); show(float.__rdivmod__, 2.0, 7)
show(int.__divmod__, 1); show(int.__divmod__, 1, 2, 3); show((7).__divmod__, 2); show((2**70).__divmod__, 3)
print(hasattr(complex, "__divmod__"), hasattr(str, "__divmod__"), hasattr(str, "__rmod__"))

print("-- in-place")
show(list.__iadd__, [1], [2]); show(list.__iadd__, [], 1); show(list.__iadd__, [], "ab"); show(list.__iadd__, [1], (2, 3))
show(list.__imul__, [1, 2], 2); show(list.__imul__, [1], 0); show(list.__imul__, [1], "a"); show(list.__iadd__, [])
l = [1]; print(l.__iadd__([5]) is l, l)
show(bytearray.__iadd__, bytearray(b"a"), b"b"); show(bytearray.__iadd__, bytearray(), 1)
show(bytearray.__iadd__, bytearray(), "x"); show(bytearray.__imul__, bytearray(b"a"), 3); show(bytearray.__imul__, bytearray(), "x")
show(set.__ior__, {1}, {2}); show(set.__ior__, {1}, [2]); show(set.__ior__, {1}, frozenset({3}))
show(set.__iand__, {1, 2}, {2}); show(set.__isub__, {1, 2}, {2}); show(set.__ixor__, {1, 2}, {2, 3}); show(set.__iand__, {1}, 5)
s = {1}; print(s.__ior__({2}) is s, s)
show(dict.__ior__, {1: 2}, {3: 4}); show(dict.__ior__, {1: 2}, [(3, 4)]); show(dict.__ior__, {}, 1)
show(dict.__or__, {1: 2}, [(3, 4)]); show(dict.__or__, {1: 2}, {1: 3}); show(dict.__ror__, {1: 2}, {3: 4})
print(hasattr(frozenset, "__ior__"), hasattr(tuple, "__iadd__"), hasattr(str, "__iadd__"), hasattr(int, "__iadd__"))

print("-- __class_getitem__")
show(list.__class_getitem__, int); show(dict.__class_getitem__, (str, int)); show(tuple.__class_getitem__, ...)
show(set.__class_getitem__, int); show(frozenset.__class_getitem__, int); show(set.__class_getitem__)
show(lambda: list[int] == list.__class_getitem__(int)); show(lambda: type(list.__class_getitem__(int)).__name__)
show(lambda: type[int]); show(lambda: hasattr(type, "__class_getitem__")); show(lambda: hasattr(int, "__class_getitem__"))
class MyList(list):
    pass
show(lambda: MyList[int]); show(lambda: MyList.__class_getitem__(str).__origin__ is MyList)

print("-- object")
show(object.__subclasshook__); show(int.__subclasshook__, 1); show(list.__subclasshook__, 1, 2)
show(object.__init_subclass__); show(lambda: format(object(), "")[:8]); show(lambda: format(object(), "x"))
show(lambda: sorted((1).__dir__()) == dir(1)); show(lambda: sorted(type.__dir__(int)) == dir(int))
show(lambda: "mro" in object.__dir__(int)); show(lambda: "__add__" in object.__dir__(int)); show(lambda: (1).__dir__(2))
show(lambda: type(object().__dir__()).__name__)
class P:
    def __init__(self):
        self.a = 1
class Slots:
    __slots__ = ("x", "y")
sl = Slots(); sl.x = 1
show(lambda: object().__getstate__()); show(lambda: (5).__getstate__()); show(lambda: [1].__getstate__())
show(lambda: P().__getstate__()); show(lambda: sl.__getstate__()); show(lambda: Slots().__getstate__())
show(lambda: P().__getstate__(1))

def reduced(r):
    return tuple(x.__name__ if callable(x) and not isinstance(x, type) else type(x).__name__ if hasattr(x, "__next__") else x for x in r)
show(lambda: reduced(object().__reduce__())); show(lambda: reduced(P().__reduce__())); show(lambda: (5).__reduce__())
show(lambda: reduced(object().__reduce_ex__(2))); show(lambda: reduced((5).__reduce_ex__(2)))
show(lambda: reduced([1].__reduce_ex__(2))); show(lambda: reduced({1: 2}.__reduce_ex__(4))); show(lambda: reduced((1, 2).__reduce_ex__(2)))
show(lambda: reduced(P().__reduce_ex__(3))); show(lambda: reduced(P().__reduce_ex__(1))); show(lambda: object.__reduce_ex__(object(), "a"))
show(lambda: reduced(sl.__reduce_ex__(2))); show(lambda: sl.__reduce_ex__(1))
f, args, state = P().__reduce__()
o = f(*args); o.__dict__.update(state); print(type(o).__name__, o.a)
f, args = object().__reduce__()[:2]; print(type(f(*args)).__name__)
f, args = (7).__reduce_ex__(2)[:2]; print(f(*args))
class Custom:
    def __reduce__(self):
        return (Custom, ())
show(lambda: Custom().__reduce_ex__(2) == (Custom, ()))

print("-- __getnewargs__")
for v in (5, True, 2**80, 2.5, "ab", (1, 2), b"x", 1 + 2j, -0.0j):
    show(v.__getnewargs__)
class MyInt(int):
    pass
show(lambda: type(MyInt(3).__getnewargs__()[0]).__name__); show(lambda: (5).__getnewargs__(1))
print([T.__name__ for T in TYPES if hasattr(T, "__getnewargs__")])
show(lambda: b"a".__bytes__()); show(lambda: (1j).__complex__()); show(lambda: float.__getformat__("double"))
show(lambda: float.__getformat__("x")); show(lambda: float.__getformat__(1))

print("-- __sizeof__")
for v in (0, 5, 2**100, 1.5, 1j, "", "abc", b"", [], (), {}, set(), frozenset(), bytearray(), range(3), object(), P(), True):
    n = v.__sizeof__()
    if type(n) is not int or n <= 0:
        print("bad size", repr(v), n)
grow = [(list, lambda k: list(range(k))), (tuple, lambda k: tuple(range(k))), (dict, lambda k: dict.fromkeys(range(k))),
        (set, lambda k: set(range(k))), (str, lambda k: "x" * k), (bytes, lambda k: b"x" * k),
        (bytearray, lambda k: bytearray(k)), (int, lambda k: 10 ** k)]
for T, make in grow:
    print(T.__name__, make(0).__sizeof__() < make(100).__sizeof__() < make(1000).__sizeof__())
show(lambda: [].__sizeof__(1)); show(lambda: list.__sizeof__(1)); show(lambda: bytearray(b"ab").__alloc__() >= 2)

print("-- __doc__")
for T in TYPES:
    print(T.__name__, repr(T.__doc__))
print((5).__doc__ == int.__doc__, [].__doc__ == list.__doc__, type(type(None).__doc__).__name__)
class Documented:
    "a docstring"
class Undocumented:
    pass
print(Documented.__doc__, Undocumented.__doc__, Undocumented().__doc__)

print("-- __dict__ and __weakref__")
a = P(); a.b = 2
print(a.__dict__, vars(a), "__dict__" in P.__dict__, "__weakref__" in P.__dict__, a.__weakref__)
class Sub(P):
    pass
class Str(str):
    pass
class Exc(ValueError):
    pass
for C in (Sub, Slots, MyList, MyInt, Str, Exc):
    print(C.__name__, "__dict__" in C.__dict__, "__weakref__" in C.__dict__, "__dict__" in dir(C), "__weakref__" in dir(C))
print(MyList().__dict__, Str("s").__dict__, Exc().__dict__)
for v in (1, "s", object(), [], sl):
    show(lambda: v.__dict__)
def fn():
    pass
import sys
print("__dict__" in dir(fn), "__dict__" in dir(type(sys)), type(sys.__dict__).__name__)

print("-- type")
show(lambda: [c.__name__ for c in P.__subclasses__()]); show(lambda: bool in int.__subclasses__())
show(lambda: type.__prepare__("X", (), a=1)); show(lambda: int.__text_signature__)
show(lambda: type.__abstractmethods__); show(lambda: int.__annotations__); show(lambda: type(int.__flags__).__name__)
show(lambda: bool(P.__flags__ & 512)); show(lambda: bool(int.__flags__ & 512)); show(lambda: bool(int.__flags__ & (1 << 24)))
show(lambda: type(int.__basicsize__).__name__); show(lambda: type(P.__dictoffset__).__name__)
show(lambda: type.__call__(P).a)
