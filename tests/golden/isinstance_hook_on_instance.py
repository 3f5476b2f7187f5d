# isinstance/issubclass consult __instancecheck__/__subclasscheck__ of the class of arg 2 even when arg 2 is not a class
class ListAlias:
    def __instancecheck__(self, obj):
        return isinstance(obj, list)

    def __subclasscheck__(self, cls):
        return issubclass(cls, list)


class Subscripted:
    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


L = ListAlias()
print(isinstance([], L), isinstance((), L), isinstance(3, (L, int)), isinstance('s', (L, int)))
print(issubclass(list, L), issubclass(bool, L), issubclass(dict, (int, L)))
for check in (lambda: isinstance([], Subscripted()), lambda: issubclass(list, Subscripted())):
    try:
        check()
    except TypeError as e:
        print('TypeError:', e)
for bad in (lambda: isinstance(3, 4), lambda: issubclass(int, 4), lambda: isinstance(3, (int, 'x'))):
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)


class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'quack')


class Duck(metaclass=Meta):
    pass


class Bird:
    quack = 1


print(isinstance(Bird(), Duck), isinstance(3, Duck), isinstance(Bird(), (int, Duck)))
for check in (lambda: isinstance([], list[int]), lambda: issubclass(list, dict[str, int]),
              lambda: isinstance([], (int, list[int]))):
    try:
        check()
    except TypeError as e:
        print('TypeError:', e)
