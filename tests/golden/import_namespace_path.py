# the __path__ of a namespace package is importlib's _NamespacePath: its repr, type name and module, iteration, len, `in`, indexing (slices give lists), item assignment, append, and what it lacks of a list (+, ==, del)
import os

import _nsgolden.inner

path = _nsgolden.__path__
here = os.path.dirname(path[0])


def shown(v):
    return repr(v).replace(here, "DIR")


print(shown(path), shown(str(path)))
print(type(path).__name__, type(path).__module__, type(iter(path)).__name__)
print(len(path), bool(path), [os.path.basename(p) for p in path], path[0] in path, "nowhere" in path)
print(shown(path[0]), shown(path[-1]), shown(path[0:1]), type(path[:]).__name__, sorted(map(os.path.basename, path)))
print(shown(_nsgolden.inner.__path__))
path.append("extra")
print(shown(path), len(path), "extra" in path)
path[1] = "changed"
print(shown(path))
print(path == list(path), path == path, hash(path) == hash(path))
for f in (lambda: path[5], lambda: path + [1], lambda: path.append(), lambda: path.append(1, 2), lambda: path.nothing):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
try:
    del path[1]
except AttributeError as e:
    print("AttributeError", e)
print(shown(path))
