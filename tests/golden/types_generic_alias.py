# types.GenericAlias can be constructed (a class's __class_getitem__), types.UnionType is exported
from types import GenericAlias
import types


class Box:
    __class_getitem__ = classmethod(GenericAlias)


print(Box[int], Box[int, str], Box[int].__origin__, Box[int].__args__)
a = GenericAlias(list, (int,))
b = GenericAlias(dict, str)
print(a, b, a == list[int], hash(a) == hash(list[int]), b.__args__)
print(type(list[int]) is GenericAlias, isinstance(dict[str, int], types.GenericAlias))
print(types.UnionType, type(int | str) is types.UnionType, isinstance(int | None, types.UnionType))
try:
    GenericAlias(list)
except TypeError as e:
    print('TypeError:', e)
