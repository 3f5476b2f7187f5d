# class and module bodies keep their names' annotations in __annotations__ (evaluated, in order), nested blocks too
class Point:
    x: int
    y: "float" = 0.5
    if True:
        tags: list[str] = []
    for _i in range(1):
        extra: dict[str, int]
    def norm(self) -> float:
        local: int = 3          # not a class annotation
        return local
    class Inner:
        q: bytes


print(Point.__annotations__)
print(Point.Inner.__annotations__)
print(Point.y, Point.tags, Point().norm())
print('x' in Point.__dict__, 'y' in Point.__dict__)


class Plain:
    pass


print(Plain.__annotations__)          # a user class without annotations gets {}
Plain.__annotations__['z'] = int
print(Plain.__annotations__)


class Child(Point):
    z: complex


print(Child.__annotations__)          # its own only
order = []


def note(v):
    order.append(v)
    return v


class Ordered:
    a: note('A') = note(1)
    b: note('B')


print(order, Ordered.__annotations__)
try:
    int.__annotations__
except AttributeError as e:
    print(e)

limit: int = 10
label: "str"
if limit:
    flags: list[bool] = []


def local_only():
    inner: int = 1
    return inner


print(__annotations__, limit, flags, local_only())
