# a class whose __abstractmethods__ is not empty cannot be instantiated (CPython's object_new message)
class Shape:
    pass


Shape.__abstractmethods__ = frozenset({'area'})
try:
    Shape()
except TypeError as e:
    print(e)
Shape.__abstractmethods__ = frozenset({'perimeter', 'area', 'name'})
try:
    Shape()
except TypeError as e:
    print(e)


class Square(Shape):        # not inherited: only the class's own __abstractmethods__ counts
    def __init__(self, side):
        self.side = side


print(Square(2).side)
print(sorted(Shape.__abstractmethods__))
Shape.__abstractmethods__ = frozenset()
print(type(Shape()).__name__)
Shape.__abstractmethods__ = ('x',)
try:
    Shape()
except TypeError as e:
    print(e)
del Shape.__abstractmethods__
print(type(Shape()).__name__)
try:
    Shape.__abstractmethods__
except AttributeError as e:
    print('AttributeError', e)
