# typing: TypeVar, Generic classes and subscription, ParamSpec/Concatenate, Protocol and runtime_checkable
from typing import (TypeVar, Generic, Protocol, runtime_checkable, ParamSpec, Concatenate, Callable,
                    Dict, List, Tuple, Optional, Iterable, Iterator, SupportsInt, SupportsFloat,
                    SupportsAbs, SupportsIndex, Sized, get_origin, get_args)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
T_co = TypeVar('T_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
N = TypeVar('N', int, float)
B = TypeVar('B', bound=Sized)
print(T, T_co, T_contra, N, B, T.__name__, N.__constraints__, B.__bound__, T.__bound__, T_co.__covariant__)
print(T | None, Optional[T], List[T], Dict[K, V], Dict[K, V].__parameters__, Dict[str, T][int])
print(Dict[K, List[V]][str, bytes], Tuple[T, ...][int], Callable[[T], K][int, str])
for bad in (lambda: TypeVar('X', int), lambda: TypeVar('X', int, str, bound=int),
            lambda: TypeVar('X', covariant=True, contravariant=True), lambda: Dict[K, V][int],
            lambda: List[int][int]):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v

    def __repr__(self):
        return f'Pair({self.k!r}, {self.v!r})'


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack.__parameters__, Pair.__parameters__, Stack[int], Pair[str, int])
print(s.__orig_class__, type(s).__name__, Pair[str, int]('a', 1), Pair('b', 2))
print(Stack[int] == Stack[int], Stack[int] == Stack[str], get_origin(Stack[int]) is Stack, get_args(Pair[str, int]))
print(Stack.__mro__, Stack.__orig_bases__)


class IntStack(Stack[int]):
    pass


class Named(Pair[str, V]):
    pass


print(IntStack.__parameters__, Named.__parameters__, Named[float], IntStack.__orig_bases__)
for bad in (lambda: Stack[int, str], lambda: Generic[T, T], lambda: Generic[()], lambda: IntStack[int],
            lambda: Stack[int][str]):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    class Plain(Generic):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Missing(Generic[K], Pair[K, V]):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    isinstance(s, Stack[int])
except TypeError as e:
    print('TypeError:', e)
print(isinstance(s, Stack), isinstance(IntStack(), Stack))

P = ParamSpec('P')
print(P, P.args, P.kwargs, P.args.__origin__ is P, Callable[P, int], Callable[Concatenate[int, P], int])
print(get_args(Callable[P, int]), get_origin(P.kwargs) is P)
try:
    Concatenate[int, str]
except TypeError as e:
    print('TypeError:', e)


# protocols
class Closer(Protocol):
    def close(self) -> None:
        ...


@runtime_checkable
class Greeter(Protocol):
    def greet(self, name: str) -> str:
        ...


@runtime_checkable
class HasName(Protocol):
    name: str


class English:
    def greet(self, name):
        return 'hello ' + name


class Nobody:
    greet = None


class Person:
    def __init__(self, name):
        self.name = name


class Explicit(Greeter):
    def greet(self, name):
        return 'hi ' + name


def welcome(g: Greeter, who: str) -> str:
    return g.greet(who)


print(welcome(English(), 'bob'), welcome(Explicit(), 'al'), isinstance(English(), Greeter), isinstance(3, Greeter))
print(isinstance(Nobody(), Greeter), issubclass(English, Greeter), issubclass(int, Greeter), isinstance(Explicit(), Greeter))
print(isinstance(Person('x'), HasName), isinstance(English(), HasName), Explicit().greet('z'))
for bad in (lambda: isinstance(English(), Closer), lambda: issubclass(English, Closer), lambda: Greeter(),
            lambda: issubclass(Person, HasName), lambda: runtime_checkable(English)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    class Mixed(Greeter, int):
        pass
except TypeError as e:
    print('TypeError:', e)


class Box(Protocol[T]):
    def get(self) -> T:
        ...


class IntBox:
    def get(self):
        return 3


print(Box[int], Box.__parameters__, isinstance(3, SupportsInt), isinstance('s', SupportsInt), isinstance(2.5, SupportsFloat))
print(isinstance(-3, SupportsAbs), isinstance(3, SupportsIndex), isinstance(2.0, SupportsIndex), SupportsAbs[int])


@runtime_checkable
class Sizer(Sized, Protocol):
    def size(self) -> int:
        ...


class Both:
    def __len__(self):
        return 1

    def size(self):
        return 1


print(isinstance(Both(), Sizer), isinstance([], Sizer))
