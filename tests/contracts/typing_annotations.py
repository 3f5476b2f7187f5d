# typing's aliases of classes are checked contracts by their __origin__ (List[int] as list, Type[int] as type);
# ABCs, protocols, typing unions, Any, TypeVars and NewTypes are not checked (they decide membership themselves).
from typing import List, Dict, Type, Optional, Union, Any, Iterable, Sequence, TypeVar, NewType, Protocol, Annotated
from abc import ABC

T = TypeVar('T')
UserId = NewType('UserId', int)


class Shape(ABC):
    pass


@Shape.register
class Blob:
    pass


class Named(Protocol):
    name: str


def f(a: List[int], b: Dict[str, int], c: Type[int] = int, d: Annotated[str, 'doc'] = ''):
    return len(a) + len(b)


def g(a: Optional[int], b: Union[int, str], c: Any, d: Iterable[int], e: Sequence[str], t: T, u: UserId,
      s: Shape, n: Named):
    return 'unchecked'


print(f([1], {'a': 1}), f([], {}, bool, 'x'))
print(g('x', 2.5, None, 3, 4, 5, 'u', Blob(), 7))
for bad in [lambda: f((1,), {}), lambda: f([], []), lambda: f([], {}, 3), lambda: f([], {}, int, 5)]:
    try:
        bad()
    except TypeError as ex:
        print("TypeError:", ex)
f([], {}, 'str')
