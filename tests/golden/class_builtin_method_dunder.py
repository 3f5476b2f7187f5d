# A builtin type's method stored as a dunder of a user class (`__str__ = int.__repr__`) fills that slot, also when set later or inherited
class Loud:
    def __repr__(self):
        return 'Loud()'
    def __str__(self):
        return 'loud'

class Quiet(int, Loud):
    __str__ = int.__repr__

class Later(int, Loud):
    pass
Later.__str__ = int.__repr__
Later.__format__ = int.__format__

class Child(Later):
    pass

class Text(str, Loud):
    __str__ = str.__str__
    __repr__ = str.__repr__

for v in (Quiet(1), Later(2), Child(3)):
    print(str(v), repr(v), f"{v:>4}", format(v, '03d'), '%s' % v)
t = Text('hi')
print(str(t), repr(t), [t], f"{t}")

class Pair(tuple):
    __repr__ = object.__repr__
print(repr(Pair((1, 2))).startswith('<__main__.Pair object at'))
