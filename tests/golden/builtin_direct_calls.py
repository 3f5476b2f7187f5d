# Builtins the compiler calls without going through the function object (len, ord,
# chr, abs, hash, repr, isinstance, min and max with their exact positional arguments):
# results, identity, CPython's errors, and replacements of the builtins.
import builtins


def show(f, *args):
    try:
        r = f(*args)
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Sized:
    def __len__(self):
        return 7


class BadLen:
    def __len__(self):
        return -1


class HugeLen:
    def __len__(self):
        return 2 ** 70


class Indexy:
    def __index__(self):
        return 65


class Neg:
    def __abs__(self):
        return "absolute"


class Loud:
    def __init__(self, name):
        self.name = name

    def __lt__(self, other):
        print("  ", self.name, "<", other.name)
        return NotImplemented

    def __gt__(self, other):
        print("  ", self.name, ">", other.name)
        return self.name > other.name


def calls():
    print(len("héllo"), len([1, 2]), len({}), len(range(10)), len(b"ab"), len(Sized()))
    show(lambda: len(5))
    show(lambda: len(BadLen()))
    show(lambda: len(HugeLen()))
    print(ord("a"), ord("é"), ord("€"), ord("\U0001F600"), ord(b"z"), ord(bytearray(b"q")))
    show(lambda: ord("ab"))
    show(lambda: ord(""))
    show(lambda: ord(3))
    print(repr(chr(65)), repr(chr(233)), repr(chr(0x20AC)), repr(chr(0x1F600)), repr(chr(Indexy())), repr(chr(True)))
    print(chr(97) is chr(97))
    show(lambda: chr(-1))
    show(lambda: chr(0x110000))
    show(lambda: chr(2 ** 70))
    show(lambda: chr(2 ** 40))
    show(lambda: chr(-2 ** 31))
    show(lambda: chr(1.5))
    show(lambda: chr("a"))
    print(abs(-3), abs(3.5), abs(-2 ** 70), abs(True), abs(-0.0), abs(3 - 4j), abs(Neg()))
    show(lambda: abs("x"))
    print(hash(1), hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash("") == hash(""), hash((1, 2)) == hash((1, 2)))
    show(lambda: hash([]))
    print(repr(1.5), repr("it's"), repr([1, "a"]), repr(None))
    x = [1]
    x.append(x)
    print(repr(x))
    print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, (float, int))), isinstance("a", object))
    show(lambda: isinstance(1, 5))
    show(lambda: isinstance(1, (int, 5)))
    print(min(1, 2), max(1, 2), min(2, 1), max(2, 1), min("b", "a"), max([1], [1, 0]))
    a, b = 1.0, 1
    print(repr(min(a, b)), repr(max(a, b)), repr(min(b, a)), repr(max(b, a)))
    nan = float("nan")
    print(min(nan, 1), min(1, nan), max(nan, 1), max(1, nan))
    p, q = [1], [1]
    print(min(p, q) is p, max(p, q) is p)
    show(lambda: min(1, "a"))
    show(lambda: max("a", 1))
    r = min(Loud("x"), Loud("y"))
    print(r.name)
    r = max(Loud("x"), Loud("y"))
    print(r.name)


calls()

# Shadowing by a global of the module: the global is called.
def chr(i):
    return "shadow %d" % i


print(chr(65))
del chr
print(chr(66))

# Replacing the builtins: every module's calls see the builtins of the moment.
real_len, real_min = builtins.len, builtins.min
builtins.len = lambda x: "fake len of %r" % (x,)
builtins.min = lambda a, b: "fake min"
import _helpers_direct_builtins as h
print(h.measure("abc"), h.smaller(1, 2), len("here too"))
builtins.len, builtins.min = real_len, real_min
print(h.measure("abc"), h.smaller(1, 2), len("here too"))
real_ord = ord
builtins.__dict__["ord"] = lambda c: "fake ord"
print(ord("a"))
del builtins.ord
try:
    ord("a")
except NameError as e:
    print("NameError:", e)
builtins.ord = lambda c: "ord is back"
print(ord("a"))
builtins.ord = real_ord

# An error inside a direct call has the traceback of an ordinary call.
def deep(v):
    return ord(v)


deep("too long")
