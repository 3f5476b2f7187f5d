# Imports take what sys.modules holds: an object a program put there (a class, an
# instance, a module it made), None as "halted", and `from x import *` from objects
# through __all__ or __dict__, as CPython does.
import sys
import types


class Config:
    debug = True

    def __init__(self, level):
        self.level = level

    def describe(self):
        return f"level {self.level}"


sys.modules["app_config"] = Config(3)
import app_config

print(app_config.level, app_config.describe(), app_config.debug)

sys.modules["app_config"] = Config(7)
from app_config import describe, level

print(describe(), level)

made = types.ModuleType("made_at_run_time")
made.answer = 42
made._hidden = 1
sys.modules["made_at_run_time"] = made
import made_at_run_time
from made_at_run_time import answer

print(made_at_run_time.answer, answer, made_at_run_time is made)


class Star:
    x = "class x"
    y = "class y"

    def __init__(self):
        self.x = "instance x"


x = y = None
sys.modules["star_src"] = Star
from star_src import *

print(x, y)
x = y = None
sys.modules["star_src"] = Star()
from star_src import *

print(x, y)


class WithAll:
    __all__ = ("y",)
    x = "all x"
    y = "all y"


x = y = None
sys.modules["star_src"] = WithAll
from star_src import *

print(x, y)

sys.modules["star_src"] = 1
try:
    from star_src import *
except ImportError as exc:
    print(type(exc).__name__, exc)

sys.modules["halted"] = None
try:
    import halted
except ImportError as exc:
    print(type(exc).__name__, exc, exc.name)

try:
    import no_such_module_here
except ModuleNotFoundError as exc:
    print(type(exc).__name__, exc, exc.name)

try:
    from app_config import missing_name
except ImportError as exc:
    print(type(exc).__name__, exc)

sys.modules["json"] = Config(9)
import json

print(json.describe())

sys.modules["named_src"] = Star
try:
    from named_src import absent
except ImportError as exc:
    print(type(exc).__name__, exc)

print(types.ModuleType("plain"), types.ModuleType("plain").__dict__, types.ModuleType("d", "text").__doc__)
for bad in ((5,), ()):
    try:
        types.ModuleType(*bad)
    except TypeError as exc:
        print(type(exc).__name__, exc)
print("plain" in sys.modules)
