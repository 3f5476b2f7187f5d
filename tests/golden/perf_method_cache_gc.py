# Method cache across collections: the cache is no GC root and is emptied when a collection starts, so classes made and dropped in a loop, re-created under the same names, patched and looked up while floats churn, must always resolve to the live class's attributes.
import gc


def make(tag, k):
    class Shape:
        kind = tag

        def area(self):
            return k * 1.5

        def __repr__(self):
            return "Shape(%s)" % self.kind

    class Square(Shape):
        def area(self):
            return super().area() + 1.0

    return Shape, Square


def churn(n):
    total = 0.0
    for i in range(n):
        total += i * 0.5
    return total


results = []
for round_ in range(40):
    Shape, Square = make("t%d" % round_, round_)
    s, q = Shape(), Square()
    a = s.area() + q.area()
    if round_ % 7 == 3:
        Shape.area = lambda self: -1.0
        a += s.area() + q.area()
    if round_ % 11 == 5:
        del Square.area
        a += q.area()
    churn(20000)
    if round_ % 5 == 0:
        gc.collect()
    results.append((repr(s), repr(q), a, hasattr(q, "kind"), getattr(Square, "missing", None)))
    del Shape, Square, s, q

for r in results:
    print(r)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1


class Base:
    def who(self):
        return "base"


class Child(Base):
    pass


c = Child()
print(c.who())
churn(200000)
Base.who = lambda self: "patched"
print(c.who())
churn(200000)
Child.who = lambda self: "child"
print(c.who(), Base().who())
gc.collect()
del Child.who
print(c.who())
objs = [Counter() for _ in range(1000)]
churn(100000)
print(Counter.count, len(objs))
print(type(1.5).__add__(1.5, 2.0), float.__repr__(0.1), int.__name__, str.upper("ok"))
for name in ("upper", "lower", "title", "missing"):
    print(name, hasattr(str, name), hasattr("x", name))
    churn(30000)
