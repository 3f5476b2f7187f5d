class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024), MyDate.is_leap(2023))
class Registry:
    items = []
    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return cls
    @classmethod
    def count(cls):
        return len(cls.items)
Registry.add(1).add(2)
print(Registry.count(), Registry().count())
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
f = Date.is_leap
print(f(2012))
class Shape:
    @staticmethod
    def unit():
        return "unit"
    @classmethod
    def name(cls):
        return cls.__name__.lower()
class Circle(Shape):
    pass
print(Shape.unit(), Circle.unit(), Shape.name(), Circle.name(), Circle().name())
