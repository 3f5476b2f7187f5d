# pydoc's class pages (help(class), render_doc, plaintext.document) byte for byte:
# signatures from inspect.signature, the docstring, the MRO, methods / class methods /
# static methods / read-only properties / data descriptors / data, what is inherited
# and from where, the " |  " gutter, docstrings inherited from bases and object.
import pydoc


class Shape:
    """A shape in the plane.

    Subclasses say how big they are.
    """

    sides = 0
    unit = "cm"

    def __init__(self, name):
        self.name = name

    def area(self):
        """The area, in square units."""
        raise NotImplementedError

    def describe(self, prefix: str = "It is", *, loud=False) -> str:
        return prefix + " " + self.name

    @property
    def label(self):
        """Name and sides."""
        return "%s/%d" % (self.name, self.sides)

    @property
    def size(self):
        return 1

    @size.setter
    def size(self, value):
        pass

    def __repr__(self):
        return "Shape(%r)" % self.name

    def __eq__(self, other):
        return self is other


class Square(Shape):
    sides = 4
    corners = ["a", "b", "c", "d"]

    def __init__(self, side: float = 1.0):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side ** 2

    @classmethod
    def unit_square(cls):
        """The square of side 1."""
        return cls()

    @staticmethod
    def from_text(text, *args, base=10, **options):
        return Square(float(text))

    def __len__(self):
        return 4


class Bare:
    pass


class WithSlots:
    __slots__ = ("x",)


class Big(Square):
    "Many levels."
    long_value = "x" * 200
    mapping = {i: str(i) for i in range(15)}


help(Shape)
help(Square)
help(Bare)
print(pydoc.render_doc(Big))
print(pydoc.plaintext.document(Square, "Alias"))
print(pydoc.plain(pydoc.render_doc(Square(2.0))))
help(Square.unit_square)
help(Square().area)
help(Shape.label)
help(WithSlots)


import abc


class Job(abc.ABC):
    @abc.abstractmethod
    def run(self):
        "Run it."


class Outer:
    class Inner:
        "Nested."

        def go(self):
            pass

    def __call__(self, x):
        return x


help(Job)
help(Outer)
help(Outer.Inner)
