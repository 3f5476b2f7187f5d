# namespace packages (PEP 420): a directory without __init__.py imports as a package: `import pkg.mod`, `from pkg import mod`, nested ones, __file__ None, __path__, the module repr naming its NamespaceLoader
import os
import re
import sys

import _nsgolden.mod

print(_nsgolden.mod.VALUE, _nsgolden.mod.where(), _nsgolden.mod.__name__)
print(re.sub(r" at 0x[0-9a-f]+", " at ADDR", repr(_nsgolden)))
print(_nsgolden.__file__, _nsgolden.__name__)
print([os.path.basename(p) for p in _nsgolden.__path__], len(_nsgolden.__path__))
print(type(_nsgolden.__loader__).__name__)

from _nsgolden import mod

print(mod is _nsgolden.mod, mod.VALUE)

from _nsgolden.inner import deep

print(deep.DEPTH, deep.__name__, _nsgolden.inner.__file__)
print(re.sub(r" at 0x[0-9a-f]+", " at ADDR", repr(_nsgolden.inner)))
print([os.path.basename(p) for p in _nsgolden.inner.__path__])
print("_nsgolden" in sys.modules, "_nsgolden.inner" in sys.modules)
print(sorted(k for k in vars(_nsgolden) if not k.startswith("__")))
