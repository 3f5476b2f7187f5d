class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    def __init__(self, center, r):
        self.center, self.r = center, r
def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return "on y axis at %d" % y
        case Point(x, 0):
            return "on x axis at %d" % x
        case Circle(center=Point(x, y), r=r) if r > 10:
            return "big circle at %d,%d" % (x, y)
        case Circle(r=r):
            return "circle r=%d" % r
        case {"type": "point", "x": x, **rest}:
            return "dict point x=%r extra=%r" % (x, sorted(rest))
        case {"type": t}:
            return "dict of type " + t
        case int(n) | float(n):
            return "number %r" % n
        case str() as s:
            return "string of len %d" % len(s)
        case _:
            return "unknown"
for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Circle(Point(1, 2), 20), Circle(Point(0, 0), 2),
          {"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "line"}, 7, 2.5, "abc", None]:
    print(where(o))
