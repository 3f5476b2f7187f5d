class Shape:
    def __init__(self, name):
        self._name = name
    @property
    def name(self):
        return self._name.title()
    @property
    def area(self):
        return 0
    def summary(self):
        return "%s: %.2f" % (self.name, self.area)
class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side
    @property
    def area(self):
        return self.side ** 2
    @property
    def side(self):
        return self._side
    @side.setter
    def side(self, v):
        if v < 0:
            raise ValueError("side must be non-negative")
        self._side = v
class LoudSquare(Square):
    @property
    def name(self):
        return super().name.upper() + "!"
shapes = [Shape("blob"), Square(3), LoudSquare(1.5)]
for s in shapes:
    print(s.summary())
sq = shapes[1]
sq.side = 5
print(sq.area, sq.side, vars(sq))
try:
    sq.side = -1
except ValueError as e:
    print("ValueError:", e)
try:
    sq.area = 3
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(Square.area, property), Square.side.fset is not None, Shape.area.fset)
