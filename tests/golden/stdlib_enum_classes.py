# enum: members with methods/properties, _generate_next_value_, _ignore_, _order_, functional API forms, StrEnum, error texts
from enum import Enum, IntEnum, auto, unique, Flag, IntFlag, StrEnum, EnumMeta, EnumType
import enum
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
    def describe(self):
        return "%s has mass %s" % (self.name, self.mass)
    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Planet.MERCURY.describe(), Planet.heaviest())
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape), list(Shape.__members__))
print([m.name for m in reversed(Shape)])
class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title()
    NORTH = auto()
    SOUTH = auto()
print(list(Ordinal))
class Mood(Enum):
    HAPPY = 3
    SAD = 1
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(Mood('happy'), Mood(1))
try:
    Mood(99)
except ValueError as e:
    print("ValueError:", e)
try:
    Mood['nope']
except KeyError as e:
    print("KeyError:", e)
try:
    del Mood.HAPPY
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(Mood):
        X = 5
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad3(Enum):
        _x_ = 1
except ValueError as e:
    print("ValueError:", e)
print(Mood.HAPPY == Mood.HAPPY, Mood.HAPPY == 3, Mood.HAPPY != Mood.SAD, Mood.HAPPY is Mood(3))
try:
    Mood.HAPPY < Mood.SAD
except TypeError as e:
    print("TypeError:", e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE < Num.TWO, Num.TWO == 2, sorted([Num.TWO, Num.ONE]), Num.ONE + Num.TWO, int(Num.TWO), isinstance(Num.ONE, int))
print("%d %s %r" % (Num.TWO, Num.TWO, Num.TWO), "{}".format(Num.ONE), [1, 2, 3][Num.ONE])
print(type(Num), EnumMeta is EnumType, isinstance(Num.ONE, Num), issubclass(Num, Enum))
Animal = Enum('Animal', ['ANT', 'BEE'])
print(list(Animal), Animal.BEE.value, repr(Animal))
Pets = Enum('Pets', [('CAT', 10), ('DOG', 20)])
print(Pets(20), Pets.CAT.value)
Cars = Enum('Cars', {'VW': 'v', 'BMW': 'b'})
print(list(Cars), Cars('b'))
Sizes = IntEnum('Sizes', 'S M L', start=10)
print(list(Sizes), Sizes.L + 0)
class Color(StrEnum):
    RED = auto()
    GREEN = 'green'
print(Color.RED, Color.RED.upper(), Color.RED == 'red', f"{Color.GREEN}!", repr(Color.GREEN), "-".join(Color))
try:
    class BadStr(StrEnum):
        X = 1
except TypeError as e:
    print("TypeError:", e)
def describe(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case _:
            return "other"
print(describe(Color.RED), describe(Color.GREEN), describe('x'))
class Weekday(Enum):
    MON = 1
    TUE = 2
    def is_weekend(self):
        return False
    def __str__(self):
        return self.name.capitalize()
print(str(Weekday.MON), f"{Weekday.TUE}", repr(Weekday.MON), Weekday.MON.is_weekend())
print(hash(Weekday.MON) == hash('MON'), {Weekday.MON: 1, Weekday.TUE: 2}[Weekday.TUE])
print(Weekday.MON.__class__.__name__, Weekday.__name__, len(Weekday), bool(Weekday), Weekday.MON._name_, Weekday.MON._value_)
import copy
print(copy.copy(Weekday.MON) is Weekday.MON, copy.deepcopy([Weekday.TUE])[0] is Weekday.TUE)
class Ignore(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    A = 1
print(list(Ignore), hasattr(Ignore, 'tmp'))
class Order(Enum):
    _order_ = 'A B'
    A = 1
    B = 2
try:
    class Order2(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print("TypeError:", e)
