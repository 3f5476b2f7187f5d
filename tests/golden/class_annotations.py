# A class body's annotated names fill its __annotations__ (evaluated, in order, also in nested blocks); a class's __doc__ and __qualname__ can be set
class Point:
    "A point."
    x: int
    y: float = 1.5
    label: 'str'
    if True:
        flag: bool = False
    for _i in range(1):
        count: list[int]
    (paren): int = 3
    box = [0]
    box[0]: int = 4

print(Point.__annotations__)
print(Point.__dict__['__annotations__'] is Point.__annotations__, Point.y, Point.flag, Point.paren)
print(hasattr(Point, 'x'), 'x' in Point.__dict__)

class Empty:
    pass
print('__annotations__' in Empty.__dict__)

class Derived(Point):
    z: complex
print(Derived.__annotations__)

log = []
def note(v):
    log.append(v)
    return v
class Order:
    a: note('A') = note(1)
    b: note('B')
print(log, Order.__annotations__)

Point.__doc__ = 'Point(x, y)'
print(Point.__doc__)
Point.__qualname__ = 'Outer.Point'
print(Point.__qualname__, Point.__name__)
try:
    Point.__qualname__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    int.__doc__ = 'x'
except TypeError as e:
    print("TypeError:", e)
