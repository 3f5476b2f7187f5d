# __import__ of modules the program names: literal names are compiled in and imported at the call; the returned module follows fromlist
import sys

json_mod = __import__("json")
print(json_mod.dumps({"a": [1, 2]}), json_mod is sys.modules["json"])
os_mod = __import__("os.path")
print(os_mod.__name__, os_mod.path.basename("/x/y.txt"))
path_mod = __import__("os.path", fromlist=["join"])
print(path_mod.join("a", "b"), path_mod is os_mod.path)
helper = __import__("_helpers_text")
print(type(helper).__name__, helper.__name__)

import math
name = "ma" + "th"
print(__import__(name) is math, __import__(name, globals(), None, ["pi"], 0).pi)

for bad in [(42,), ("",), ("no_such_module_here",), ("math", None, None, (), -1)]:
    try:
        __import__(*bad)
    except (TypeError, ValueError, ImportError) as e:
        print(type(e).__name__, e)

def lazy():
    return __import__("heapq").nsmallest(2, [5, 1, 4])
print(lazy())
print("heapq" in sys.modules)
