# the builtins module: the builtin names' own objects, its namespace, names added to it found by unbound globals
import builtins
import builtins as b2
from builtins import len as builtin_len, ValueError as VE

print(builtins.__name__, type(builtins).__name__)
print(builtins.len is len, builtins.print is print, builtins.int is int, builtin_len is len)
print(builtins.ValueError is ValueError, VE is ValueError)
print(getattr(builtins, "True") is True, getattr(builtins, "None") is None, builtins.Ellipsis is ..., builtins.NotImplemented is NotImplemented)
print(b2 is builtins)
print(builtins.sum(builtins.range(5)), builtins.sorted([3, 1, 2]), builtins.max("abc"))
names = set(dir(builtins))
for n in ["print", "len", "isinstance", "Exception", "KeyError", "StopIteration", "open", "super", "object",
          "staticmethod", "property", "zip", "map", "filter", "enumerate", "hasattr", "getattr", "__name__"]:
    print(n, n in names, n in vars(builtins), n in builtins.__dict__)
print(callable(builtins.__dict__["abs"]), builtins.__dict__["abs"](-3))

try:
    builtins.no_such_builtin
except AttributeError as e:
    print("AttributeError:", e)

def uses_hook():
    return greeting_hook("world")

builtins.greeting_hook = lambda who: "hello " + who
print(uses_hook())
print(hasattr(builtins, "greeting_hook"), "greeting_hook" in dir(builtins))
del builtins.greeting_hook
try:
    uses_hook()
except NameError as e:
    print("NameError:", e)

print(getattr(builtins, "abs")(-5), builtins.isinstance(3, int), builtins.repr("x"))
