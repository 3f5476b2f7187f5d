# Containers have no __bool__ (their truth is their length; range has one) and concatenation no __radd__, as in CPython.
print(bool(""), bool("a"), bool([]), bool([0]), bool({}), bool(range(0)), bool(range(2)))
print("a" + "b", [1] + [2], (1,) + (2,), b"x" + b"y", bytearray(b"q") + b"r", 2 * "ab", [0] * 2)
class S(str): pass
print(S("x") + "y", "y" + S("x"))
try:
    print(1 + "a")
except TypeError as e: print(e)
try:
    print("a" + 1)
except TypeError as e: print(e)
print(range(3).__bool__(), (3).__radd__(4), "ab".__add__("c"), hasattr("", "__radd__"), hasattr([], "__bool__"))
