# A package with PEP 562 module hooks: __getattr__ serves names computed on first use
# (and a deprecated alias), __dir__ lists what the package advertises.
import warnings
from . import _settings

_loads = []

def __getattr__(name):
    if name == "SETTINGS":
        return _settings.SETTINGS
    if name == "old_name":
        warnings.warn("old_name is deprecated", DeprecationWarning)
        return "the new value"
    if name.startswith("lazy_"):
        _loads.append(name)
        value = name[5:].upper()
        globals()[name] = value  # later reads find it without the hook
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

def __dir__():
    return ["SETTINGS", "lazy_x", "old_name"]
