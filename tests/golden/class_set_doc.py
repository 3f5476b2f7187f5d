# a user class's __doc__ can be replaced; a builtin type's cannot
class Documented:
    """Original."""


class Plain:
    pass


print(Documented.__doc__, Plain.__doc__)
Documented.__doc__ = 'Replaced.'
Plain.__doc__ = 'Added.'
print(Documented.__doc__, Plain.__doc__, Documented().__doc__)
for action in (lambda: setattr(int, '__doc__', 'x'), lambda: delattr(Plain, '__doc__')):
    try:
        action()
    except TypeError as e:
        print('TypeError:', e)
print(Plain.__doc__)
