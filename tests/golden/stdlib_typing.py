# typing: the aliases and special forms, their reprs, isinstance semantics, subscription errors
import typing
from typing import (Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Type, Callable,
                    Iterable, Iterator, Generator, AsyncIterator, Awaitable, Coroutine, Sequence,
                    MutableSequence, Mapping, MutableMapping, Hashable, Sized, Collection, Container,
                    Deque, DefaultDict, OrderedDict, Counter, ChainMap, IO, TextIO, Pattern, Match,
                    Literal, Final, ClassVar, Annotated, NoReturn, Never, Self, LiteralString,
                    TypeAlias, AbstractSet, ByteString, Reversible, Text, AnyStr)
import collections
import collections.abc

print(List, Dict, Set, FrozenSet, Tuple, Type, Callable, Deque, OrderedDict, Hashable, Sized)
print(Iterable, Iterator, Generator, AsyncIterator, Awaitable, Coroutine, Sequence, AbstractSet)
print(MutableSequence, Mapping, MutableMapping, Collection, Container, Pattern, Match, ByteString)
print(List[int], Dict[str, List[int]], Set[bytes], FrozenSet[str], Type[int], Deque[float])
print(Tuple[int, str], Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Optional[int], Optional[List[str]], Union[int, str], Union[int, None, str], Union[None, int])
print(Union[int], Union[int, Union[str, float]], Union[int, int, str], Optional[Optional[int]])
print(Literal[1, 'a', None, True], Final[int], ClassVar[Dict[str, int]], Annotated[int, 'meta', 3])
print(Any, NoReturn, Never, Self, LiteralString, TypeAlias, Literal, Union, Optional, Final, ClassVar)
print(Iterable[int], Mapping[str, Any], Generator[int, None, str], Pattern[str], Sequence[Tuple[int, int]])
print(List[int] | None, int | List[str], Union[int, str] | None, Optional[int] | str)
print(Text is str, AnyStr, AnyStr.__constraints__)

# equality and hashing
print(List[int] == List[int], List[int] == List[str], List[int] == list[int], hash(List[int]) == hash(List[int]))
print(Union[int, str] == Union[str, int], Union[int, str] == int | str, Optional[int] == Union[None, int])
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], len({Dict[str, int], Dict[str, int]}))
print(Union[int, str].__args__, Optional[int].__args__, List[int].__args__, List[int].__origin__)
print(Callable[[int], str].__args__, Tuple[()].__args__, Annotated[int, 'x'].__metadata__)
print(Union[int, str].__origin__ is Union, List[int].__parameters__, Mapping[str, int].__origin__)

# isinstance / issubclass
print(isinstance([], List), isinstance((), List), isinstance({}, Dict), isinstance({}, Mapping))
print(isinstance([], Iterable), isinstance(3, Iterable), isinstance('s', Sequence), isinstance(len, Callable))
print(isinstance(3, Hashable), isinstance([], Hashable), isinstance(3, Union[int, str]), isinstance(3.0, Optional[int]))
print(issubclass(list, Sequence), issubclass(dict, MutableMapping), issubclass(bool, Union[int, str]))
print(isinstance(collections.deque(), Deque), isinstance(collections.OrderedDict(), OrderedDict), isinstance(int, Type))
for check in (lambda: isinstance([], List[int]), lambda: issubclass(list, Dict[str, int]),
              lambda: isinstance(3, Any), lambda: isinstance(3, Literal[3]), lambda: isinstance(3, Optional),
              lambda: issubclass(int, ClassVar), lambda: isinstance(3, NoReturn)):
    try:
        print(check())
    except TypeError as e:
        print('TypeError:', e)

# instantiation
print(Deque([1, 2]), OrderedDict(a=1))
for make in (lambda: List(), lambda: Dict(), lambda: Tuple(), lambda: Type(), lambda: Union(),
             lambda: Optional(), lambda: Any(), lambda: Literal(), lambda: Set()):
    try:
        make()
    except TypeError as e:
        print('TypeError:', e)

# subscription errors
for bad in (lambda: List[int, str], lambda: Dict[int], lambda: Optional[int, str], lambda: Union[()],
            lambda: Callable[int], lambda: Callable[int, str], lambda: Hashable[int], lambda: Final[int, str],
            lambda: Annotated[int], lambda: List[ClassVar[int]], lambda: List[Final], lambda: Tuple[1, 2],
            lambda: List[int][str], lambda: NoReturn[int], lambda: typing.Generic[int]):
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)
    except NameError as e:
        print('NameError', e)

# subclassing
class MyList(List[int]):
    pass


class MyMap(Mapping[str, int]):
    def __getitem__(self, k):
        return len(k)

    def __iter__(self):
        return iter(['a', 'bb'])

    def __len__(self):
        return 2


print(MyList.__mro__, MyList([1, 2]), dict(MyMap()), MyMap().get('ccc'))
print([c.__name__ for c in MyMap.__mro__])
for base in (lambda: Union[int, str], lambda: Optional[int], lambda: ClassVar[int], lambda: Any and Union):
    try:
        class Bad(base()):
            pass
    except TypeError as e:
        print('TypeError:', e)
