import _helpers_shapes
r = _helpers_shapes.Rect(2, 3)
c = _helpers_shapes.Circle(1)
print(r, r.area(), c.area(), _helpers_shapes.PI)
print(_helpers_shapes.total_area([r, c]), _helpers_shapes.created)
print(_helpers_shapes.describe(), _helpers_shapes.__name__, _helpers_shapes.__doc__)
print(_helpers_shapes._private, type(_helpers_shapes).__name__)
_helpers_shapes.PI = 3
print(c.area(), _helpers_shapes.Circle(2).area())
print(hasattr(_helpers_shapes, "Rect"), hasattr(_helpers_shapes, "Square"))
try:
    _helpers_shapes.Square
except AttributeError as e:
    print("AttributeError:", e)
print(__name__)
