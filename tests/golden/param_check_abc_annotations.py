# parameters annotated with ABCs accept virtual subclasses and duck-typed values (no nominal check)
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, Sequence, Callable, Hashable


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


@Shape.register
class Blob:
    def area(self):
        return 7


class Doubler:
    def __call__(self, x):
        return 2 * x


def total(items: Iterable, scale: Mapping, shape: Shape, keys: Sequence = (), fn: Callable = abs, h: Hashable = 0):
    return sum(items) * scale['k'] + shape.area() + len(keys) + fn(-1) + hash(h) % 2


print(total((1, 2), {'k': 2}, Blob()))
print(total({1: 'a'}, {'k': 1}, Blob(), 'abc', Doubler(), 3))
print(total(range(3), {'k': 3}, Blob(), [1, 2], lambda x: x, (1,)))
