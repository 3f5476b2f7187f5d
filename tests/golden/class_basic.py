class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims, Point.__name__, Point.__doc__, type(p).__name__)
q = p.moved(1, 1)
print(q.x, q.y, p.x, isinstance(q, Point), type(q) is Point)
p.z = 10
print(p.z, hasattr(p, "z"), hasattr(q, "z"), sorted(vars(p)), p.__dict__)
m = p.norm2
print(m(), Point.norm2(q))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
class Empty:
    pass
e = Empty()
e.a = 1
print(e.a, vars(e), Empty.__name__, isinstance(e, object))
