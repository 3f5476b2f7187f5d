print(int("7"), float("7"), str(7), bool("7"), list("ab"), tuple([1]), set([1, 1]), dict([("k", 1)]))
print(int(7.9), int(-7.9), float(7), str(7.0), str(-0.0))
print(list((1, 2)), tuple({"a": 1}), list({"a": 1}.items()), dict(a=1), frozenset([2, 2]) == frozenset([2]))
print(str(b"x"), bytes("x", "ascii"), bytearray(b"ab"), list(b"ab"), bytes([120]))
print(repr(str()), repr(int()), repr(float()), repr(list()), repr(tuple()), repr(dict()), repr(bool()), repr(bytes()))
print(type(int("5")) is int, int.__name__, float.__name__, type(str(5)).__name__)
print(chr(65) + chr(66), ord("A") + 1, str(ord("B")), [ord(c) for c in "hi"], "".join(map(chr, [104, 105])))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError:", e)
print(object().__class__.__name__, type(object).__name__)
