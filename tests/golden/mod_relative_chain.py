import _pkg.sub.leaf
import _pkg
print(_pkg.sub.leaf.leaf_desc())
print(_pkg.sub.helper(), _pkg.sub.parent_util is _pkg.util)
print(_pkg.sub.leaf.double is _pkg.util.double)
from _pkg import sub
print(sub.helper.__name__, sub.__name__)
print(_pkg.sub.leaf.leaf_value(10), _pkg.sub.leaf.__name__)
from _pkg.sub.leaf import helper as h2
print(h2 is sub.helper)
