from _pkg.util import clamp, double
from _pkg.sub import helper
from _pkg.sub.leaf import leaf_value, leaf_desc
print(clamp(10, 0, 5), double(21))
print(helper())
print(leaf_value(4), leaf_desc())
import _pkg.sub.leaf as lf
print(lf.leaf_value(0), lf.__name__)
from _pkg import Engine, VERSION
print(Engine(42).run(), VERSION)
