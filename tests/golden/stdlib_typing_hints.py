# typing: annotated programs, get_type_hints with forward references, get_origin/get_args, the helper functions
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, List, Optional, Tuple, Union, Annotated, Literal,
                    Iterable, Iterator, Generator, Mapping, Sequence, Set, TYPE_CHECKING, cast, overload,
                    final, no_type_check, get_type_hints, get_origin, get_args, assert_never, reveal_type,
                    get_overloads, clear_overloads, assert_type, TypeVar, Generic, ForwardRef)
import collections.abc

if TYPE_CHECKING:
    import nonexistent_module_only_for_type_checkers

T = TypeVar('T')
Vector = List[float]
Matrix: typing.TypeAlias = List[Vector]


def scale(k: float, v: Vector) -> Vector:
    return [k * x for x in v]


def first(items: Sequence[T], default: Optional[T] = None) -> Optional[T]:
    return items[0] if items else default


def count_words(lines: Iterable[str]) -> Dict[str, int]:
    counts: Dict[str, int] = {}
    for line in lines:
        for w in line.split():
            counts[w] = counts.get(w, 0) + 1
    return counts


def apply(f: Callable[[int], int], xs: List[int]) -> Tuple[int, ...]:
    return tuple(f(x) for x in xs)


def countdown(n: int) -> Generator[int, None, str]:
    while n:
        yield n
        n -= 1
    return 'done'


def parse(v: Union[int, str, None]) -> int:
    if v is None:
        return 0
    return int(v)


print(scale(2, [1.0, 2.5]), first([3, 4]), first([], 'x'), count_words(['a b', 'b']))
print(apply(lambda x: x * x, [1, 2, 3]), list(countdown(3)), parse('7'), parse(None), parse(5))
print(scale.__annotations__, first.__annotations__['default'], apply.__annotations__['return'])


class Node:
    count: ClassVar[int] = 0
    limit: Final = 10
    value: int
    children: List['Node']
    parent: Optional['Node'] = None
    meta: Annotated[Dict[str, Any], 'extra'] = None

    def __init__(self, value: int, parent: 'Optional[Node]' = None) -> None:
        self.value = value
        self.children = []
        self.parent = parent
        Node.count += 1


class Leaf(Node):
    weight: 'float'
    kind: 'Literal["leaf", "stem"]'
    pair: 'Tuple[int, str] | None'
    nested: 'Dict[str, List[Node]]'


root = Node(1)
print(Node.count, Node.limit, root.parent, Node.__annotations__['children'])
for name, hint in get_type_hints(Leaf).items():
    print(' ', name, hint)
print(get_type_hints(Leaf, include_extras=True)['meta'])
print(get_type_hints(Node.__init__), get_type_hints(scale), get_type_hints(first))


def fwd(a: 'int', b: 'List[Undefined]') -> 'str':
    return ''


try:
    get_type_hints(fwd)
except NameError as e:
    print('NameError:', e)
print(ForwardRef('Node'), List['Node'], ForwardRef('x') == ForwardRef('x'))

# get_origin / get_args
for tp in (int, List[int], Dict[str, int], Optional[int], Union[int, str], Callable[[int, str], bool],
           Callable[..., int], Tuple[int, ...], Annotated[int, 'a', 'b'], Literal['x', 1], ClassVar[int],
           list[int], int | str, Generic, Generic[T], collections.abc.Iterable[int], Iterator, Final[str]):
    print(get_origin(tp), get_args(tp))


# helpers
@overload
def double(x: int) -> int: ...


@overload
def double(x: str) -> str: ...


def double(x):
    return x * 2


print(double(2), double('ab'), len(get_overloads(double)))
clear_overloads()
print(get_overloads(double))


@overload
def only(x: int) -> int: ...


try:
    only(1)
except NotImplementedError as e:
    print('NotImplementedError:', e)


@final
class Sealed:
    @final
    def m(self):
        return 1


@no_type_check
def untyped(x: 'not a type') -> 'whatever':
    return x


print(Sealed.__final__, Sealed.m.__final__, untyped.__no_type_check__, get_type_hints(untyped), untyped(3))
print(cast(int, 'not an int'), cast('List[int]', [1]), assert_type(5, int), reveal_type([1, 2]))
for value in (3, 'x' * 200):
    try:
        assert_never(value)
    except AssertionError as e:
        print('AssertionError:', e)
try:
    get_type_hints(3)
except TypeError as e:
    print('TypeError:', e)


# file objects passed where IO is annotated; they are not IO instances
def log(out: typing.IO[str], msg: str, err: typing.TextIO = None) -> None:
    out.write(msg + '\n')


import sys
log(sys.stdout, 'logged')
print(isinstance(sys.stdout, typing.TextIO), isinstance(sys.stdout, typing.IO), typing.IO[bytes], typing.BinaryIO)
