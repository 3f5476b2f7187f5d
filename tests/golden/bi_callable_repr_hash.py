class C:
    def __call__(self):
        return 1
    def m(self):
        pass
print(callable(len), callable(C), callable(C()), callable(C().m), callable(lambda: 0), callable("s"), callable(None), callable(print))
print(repr(1), repr("a"), repr([1, "a"]), repr((1,)), repr({"a": [None]}), repr(1.0), repr(True), repr(None), repr(b"a"))
print(repr(repr("a")), str(repr("a")), repr(str(1)), ascii("ñ"), ascii([1, "ñ"]))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False), hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])))
print(hash(12345), hash(-5), hash(2 ** 61 - 1), hash(2 ** 61), hash(1.5), hash(-1.0), hash(0.0))
a, b = "hello", "".join(["hel", "lo"])
print(hash(a) == hash(b), a == b, hash(None) == hash(None))
for v in [[1], {1: 2}, {1}, bytearray(b"x")]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
