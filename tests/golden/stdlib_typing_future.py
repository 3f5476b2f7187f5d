# typing under from __future__ import annotations: string annotations in NamedTuple, TypedDict, Protocol, get_type_hints
from __future__ import annotations
import typing as t
from typing import *
from typing import NamedTuple, TypedDict, Protocol, runtime_checkable, get_type_hints, Optional
from collections.abc import Iterable as It


class Tree:
    def __init__(self, val: int, kids: list[Tree] | None = None) -> None:
        self.val = val
        self.kids = kids or []

    def walk(self) -> t.Iterator[int]:
        yield self.val
        for k in self.kids:
            yield from k.walk()


class Conf(t.NamedTuple):
    name: str
    size: int = 1


def total(xs: It[int], *, start: int = 0) -> int:
    return sum(xs, start)


tr = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(list(tr.walk()), total(tr.walk()), Conf('a'), t.get_type_hints(Tree.__init__), t.get_type_hints(Conf))
print(Tree.__init__.__annotations__, Conf.__annotations__)
Json = Union[Dict[str, 'Json'], List['Json'], str, int, float, bool, None]
print(Json)
def f(cb: Callable[[int], Awaitable[None]]) -> None: ...
print(get_type_hints(f))
class PT(NamedTuple):
    x: int
    y: Optional[str] = None
class M(TypedDict, total=False):
    a: int
@runtime_checkable
class HasX(Protocol):
    x: int
print(PT(1), PT.__annotations__, M.__annotations__, isinstance(PT(1), HasX), get_type_hints(PT), get_type_hints(M))
