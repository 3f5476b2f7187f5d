# abc: ABC/ABCMeta, abstract methods and properties, instantiation errors, register() and __subclasshook__
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        """The area."""

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class HalfDone(Shape):
    def area(self):
        return 0


for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)
print(Square(3).describe(), Square(3).perimeter())
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape) is ABCMeta, isinstance(Square(1), Shape), issubclass(Square, Shape), issubclass(int, Shape))


class Props(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...

    @abc.abstractproperty
    def old(self):
        ...

    @abc.abstractclassmethod
    def old_cm(cls):
        ...

    @abc.abstractstaticmethod
    def old_sm():
        ...


print(sorted(Props.__abstractmethods__))
try:
    Props()
except TypeError as e:
    print('TypeError:', e)


class Impl(Props):
    name = 'impl'
    old = 1

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 'h'

    @classmethod
    def old_cm(cls):
        return 'cm'

    @staticmethod
    def old_sm():
        return 'sm'


i = Impl.make()
print(i.name, i.helper(), Impl.old_cm(), Impl.old_sm(), Impl.__abstractmethods__ == frozenset())


# virtual subclasses
class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...


@Drawable.register
class Circle:
    def draw(self):
        return 'o'


Drawable.register(int)
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable), isinstance(3, Drawable), isinstance(True, Drawable))
print(isinstance('s', Drawable), Circle.__mro__)
token = abc.get_cache_token()
Drawable.register(str)
print(isinstance('s', Drawable), abc.get_cache_token() != token, Drawable.register(Circle) is Circle)
try:
    Drawable.register(3)
except TypeError as e:
    print('TypeError:', e)


class Sub(Drawable):
    def draw(self):
        return 's'


try:
    Sub.register(Drawable)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    issubclass(3, Drawable)
except TypeError as e:
    print('TypeError:', e)


# __subclasshook__
class SupportsClose(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is SupportsClose:
            return any('close' in B.__dict__ for B in C.__mro__)
        return NotImplemented


class File:
    def close(self):
        pass


print(isinstance(File(), SupportsClose), isinstance(3, SupportsClose), issubclass(File, SupportsClose))


# update_abstractmethods and a plain ABCMeta class
class Later(ABC):
    @abstractmethod
    def run(self):
        ...


class LaterImpl(Later):
    pass


LaterImpl.run = lambda self: 'ran'
abc.update_abstractmethods(LaterImpl)
print(LaterImpl().run(), LaterImpl.__abstractmethods__)
print(abc.update_abstractmethods(int) is int)


class Base(metaclass=ABCMeta):
    pass


print(Base().__class__.__name__, Base.__abstractmethods__, type(ABC).__name__)
print(abstractmethod(lambda: 0).__isabstractmethod__)
