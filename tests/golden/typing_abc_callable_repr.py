# collections.abc.Callable[...] aliases: brackets around the parameters in the repr,
# flattened __args__, the [..., R] form, no parameters, nested aliases, equality
import collections.abc
import typing
from collections.abc import Callable

print(Callable[[int, str], float])
print(Callable[[], None])
print(Callable[..., int])
print(Callable[[list[int]], dict[str, Callable[[int], int]]])
print(Callable[[int], float].__args__, Callable[[int], float].__origin__)
print(Callable[[int], float] == Callable[[int], float], Callable[[int], float] == Callable[[str], float])
print(typing.Callable[[int, str], float], typing.Callable[..., int])
print(repr(Callable[[typing.Any], typing.Optional[int]]))
try:
    Callable[int]
except TypeError as e:
    print("TypeError", e)
