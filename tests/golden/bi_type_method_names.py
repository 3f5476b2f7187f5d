# The public methods of the builtin types are CPython 3.11's, no more, no fewer
# (int.is_integer is 3.12's: AttributeError here).
for T in [str, bytes, bytearray, int, float, complex, list, tuple, dict, set, frozenset, range, bool, slice, object, type]:
    names = [n for n in dir(T) if not (n.startswith("__") and n.endswith("__"))]
    print(T.__name__, len(names), " ".join(sorted(names)))
try:
    (5).is_integer()
except AttributeError as e:
    print(e)
