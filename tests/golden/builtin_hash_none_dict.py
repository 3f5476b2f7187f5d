# unhashable builtin types show __hash__ = None in their dict, as CPython (collections.abc.Hashable reads it)
for t in (list, dict, set, bytearray, type({}.keys()), type({}.items()), slice):
    print(t.__name__, t.__hash__, t.__dict__['__hash__'])
for t in (tuple, frozenset, str, bytes, int, type({}.values()), object):
    print(t.__name__, t.__hash__ is not None, '__hash__' in t.__dict__)


class L(list):
    pass


class H(list):
    def __hash__(self):
        return 5


print(L.__hash__, hash(H()))
try:
    hash(L())
except TypeError as e:
    print(e)
