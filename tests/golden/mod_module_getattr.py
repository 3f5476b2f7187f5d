# PEP 562: a module's own __getattr__ and __dir__
import _lazypkg
from _lazypkg import _settings

print(_lazypkg.SETTINGS)
_settings.configure("a", "b")
print(_lazypkg.SETTINGS)            # the hook reads the current value each time
print(getattr(_lazypkg, "SETTINGS"))

print(_lazypkg.lazy_alpha, _lazypkg.lazy_alpha, _lazypkg._loads)  # cached after the first
print("lazy_alpha" in vars(_lazypkg), "lazy_beta" in vars(_lazypkg))

from _lazypkg import lazy_gamma
print(lazy_gamma, _lazypkg._loads)

import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(_lazypkg.old_name)
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])

print(hasattr(_lazypkg, "missing"))
try:
    _lazypkg.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from _lazypkg import missing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])

print(dir(_lazypkg))                # __dir__'s names, sorted by dir()

import json
print(hasattr(json, "__getattr__"), hasattr(json, "nonexistent"))
