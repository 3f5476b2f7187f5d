import _helpers_shapes as hs
import _pkg
print(hs.__name__, _pkg.__name__, _pkg.util.__name__)
hs.new_attr = "added from main"
import _helpers_shapes
print(_helpers_shapes.new_attr, _helpers_shapes is hs)
old = hs.describe
hs.describe = lambda: "patched"
print(hs.describe(), old())
hs.describe = old
print(hs.describe())
print(isinstance(hs.Rect(1, 1), _helpers_shapes.Rect), hs.Rect.__module__, hs.Rect.__qualname__)
print(callable(hs.total_area), hs.total_area.__name__, hs.total_area.__module__)
