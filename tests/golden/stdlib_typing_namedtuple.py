# typing: NamedTuple (class and functional forms), TypedDict (total, Required/NotRequired, inheritance), NewType
from typing import NamedTuple, TypedDict, NewType, List, Optional, Required, NotRequired, is_typeddict, get_type_hints


class Point(NamedTuple):
    """A point in the plane."""
    x: int
    y: int = 0
    label: Optional[str] = None

    def norm2(self) -> int:
        return self.x * self.x + self.y * self.y

    @property
    def flipped(self) -> 'Point':
        return Point(self.y, self.x, self.label)

    def __str__(self):
        return f'<{self.x},{self.y}>'


p = Point(3, 4)
print(p, repr(p), p.norm2(), p.flipped, p.flipped.label, Point(1, label='a'))
print(Point._fields, Point._field_defaults, Point.__annotations__, Point.__doc__)
print(p._replace(y=9), p._asdict(), Point._make([5, 6, 'z']), p == (3, 4, None), p[0], len(p))
x, y, label = p
print(x, y, label, isinstance(p, tuple), Point.__name__, Point.__module__, type(p).__mro__[1])

Employee = NamedTuple('Employee', [('name', str), ('id', int)])
Color = NamedTuple('Color', r=int, g=int, b=int)
e = Employee('guido', 1)
print(e, e.name, Employee._fields, Employee.__annotations__, Color(1, 2, 3), Employee.__doc__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad2(NamedTuple):
        a: int
        c: str = 'x'
        d: int = 2
        b: int
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad3(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as e:
    print('AttributeError:', e)
try:
    NamedTuple('X', [('a', int)], b=str)
except TypeError as e:
    print('TypeError:', e)


class Movie(TypedDict):
    title: str
    year: int


class Partial(TypedDict, total=False):
    rating: float
    tags: List[str]


class Full(Movie, Partial):
    director: Required[str]
    extra: NotRequired[int]


m = Movie(title='Blade Runner', year=1982)
m2: Movie = {'title': 'Alien', 'year': 1979}
print(m, type(m), m['title'], m == m2, isinstance(m, dict), Movie(m2))
print(Movie.__annotations__, Movie.__total__, Partial.__total__)
print(sorted(Movie.__required_keys__), sorted(Partial.__optional_keys__), sorted(Full.__required_keys__), sorted(Full.__optional_keys__))
print(Full.__annotations__)
print(is_typeddict(Movie), is_typeddict(dict), is_typeddict(m), Movie.__mro__, get_type_hints(Full)['director'])
Func = TypedDict('Func', {'a': int, 'b': str}, total=False)
print(Func(a=1), Func.__annotations__, Func.__total__, sorted(Func.__optional_keys__))
for bad in (lambda: isinstance(m, Movie), lambda: issubclass(dict, Movie)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    class Mixed(Movie, int):
        pass
except TypeError as e:
    print('TypeError:', e)

UserId = NewType('UserId', int)
Name = NewType('Name', str)
uid = UserId(42)
print(uid, type(uid), UserId, UserId.__name__, UserId.__supertype__, Name('x') + '!', UserId | None)


def lookup(u: UserId) -> Name:
    return Name(f'user{u}')


print(lookup(uid), lookup.__annotations__)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print('TypeError:', e)
