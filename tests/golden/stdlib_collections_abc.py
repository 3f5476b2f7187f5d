# collections.abc: isinstance/issubclass of builtins and duck-typed classes, register(), the import forms
import collections.abc
from collections import abc
from collections.abc import (Iterable, Iterator, Generator, Sized, Container, Hashable, Callable,
                             Collection, Sequence, MutableSequence, Set, MutableSet, Mapping,
                             MutableMapping, MappingView, KeysView, ItemsView, ValuesView,
                             Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator,
                             Reversible, ByteString)

print(abc is collections.abc, abc.Mapping is Mapping, Mapping.__module__, repr(Sequence))


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


c = coro()
samples = [('list', []), ('tuple', ()), ('str', 's'), ('bytes', b'b'), ('bytearray', bytearray()),
           ('dict', {}), ('set', set()), ('frozenset', frozenset()), ('range', range(3)),
           ('int', 3), ('None', None), ('keys', {}.keys()), ('values', {}.values()),
           ('items', {}.items()), ('list_iter', iter([])), ('gen', gen()), ('coro', c),
           ('agen', agen()), ('func', len), ('lambda', lambda: 0), ('type', int),
           ('memoryview', memoryview(b'')), ('deque', collections.deque()),
           ('OrderedDict', collections.OrderedDict())]
abcs = [Iterable, Iterator, Generator, Sized, Container, Hashable, Callable, Collection, Reversible,
        Sequence, MutableSequence, ByteString, Set, MutableSet, Mapping, MutableMapping, MappingView,
        KeysView, ItemsView, ValuesView, Awaitable, Coroutine, AsyncIterable, AsyncIterator,
        AsyncGenerator]
for name, obj in samples:
    print(f"{name:10}", ' '.join(a.__name__ for a in abcs if isinstance(obj, a)))
c.close()
print(issubclass(list, MutableSequence), issubclass(dict, Mapping), issubclass(str, MutableSequence),
      issubclass(tuple, Hashable), issubclass(list, Hashable), issubclass(bool, Hashable))


# duck typing through __subclasshook__
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Bag:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False


class NoHash:
    __hash__ = None


class Caller:
    def __call__(self):
        return 1


class NotIter:
    __iter__ = None


for obj in (Countdown(2), Bag(), NoHash(), Caller(), NotIter()):
    print(type(obj).__name__, ' '.join(a.__name__ for a in abcs if isinstance(obj, a)))
print(list(Countdown(3)), issubclass(Bag, Collection), issubclass(Bag, Sequence))


# register()
class Tree:
    pass


Sequence.register(Tree)
print(isinstance(Tree(), Sequence), isinstance(Tree(), Iterable), isinstance(Tree(), MutableSequence))
print(Iterable[int], Mapping[str, int], MutableSequence[float].__origin__ is MutableSequence)
try:
    Mapping()
except TypeError as e:
    print('TypeError:', e)
try:
    MutableSequence()
except TypeError as e:
    print('TypeError:', e)
try:
    isinstance([], Sequence[int])
except TypeError as e:
    print('TypeError:', e)
c = Callable[[int, str], bool]
print(c.__args__, hash(c) == hash(Callable[[int, str], bool]), Callable[..., int].__args__, c.__origin__ is Callable)
try:
    Callable[int]
except TypeError as e:
    print('TypeError:', e)
