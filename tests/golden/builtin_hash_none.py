# Builtin types that compare but do not hash (list, dict, set, ...) have __hash__ = None, as their subclasses
import collections, array, datetime
for t in (object, int, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice, memoryview, type, bool, type(None), collections.OrderedDict, collections.deque, array.array, datetime.date, datetime.timedelta, type(len), type(lambda: 0), type({}.keys()), type({}.items()), type({}.values()), property, staticmethod, BaseException, ValueError):
    print(t.__name__, t.__hash__ is None)
class L(list): pass
try:
    hash(L())
except TypeError as e:
    print(e)
