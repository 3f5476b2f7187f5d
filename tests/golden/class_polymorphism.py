class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def describe(self):
        return "%s with area %.2f" % (type(self).__name__, self.area())
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
shapes = [Rect(2, 3), Square(4), Circle(1)]
for s in shapes:
    print(s.describe())
print(sorted([type(s).__name__ for s in shapes]), sum(s.area() for s in shapes))
print(max(shapes, key=lambda s: s.area()).describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Blob(Shape):
    pass
try:
    Blob().area()
except NotImplementedError as e:
    print(type(e).__name__, e.args)
print(isinstance(NotImplementedError(), RuntimeError), NotImplemented is not None, type(NotImplemented).__name__)
