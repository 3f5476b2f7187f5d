# enum: str/int/tuple mixins, custom __new__ and __init__ for members, methods, properties, enum.property's read-only name/value, extending an empty enum
from enum import Enum, IntEnum, auto, unique, Flag, IntFlag, StrEnum, EnumMeta
class Color(str, Enum):
    RED = 'r'
    GREEN = 'g'
print(Color.RED, repr(Color.RED), Color.RED == 'r', Color('g'), f"{Color.RED}", format(Color.GREEN, '>12'), Color.RED.upper(), isinstance(Color.RED, str))
class Num(int, Enum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num(2), f"{Num.ONE}", "%s %d" % (Num.ONE, Num.TWO), Num.ONE < Num.TWO)
class Pt(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)
print(Pt.UNIT, repr(Pt.ORIGIN), Pt.UNIT[0], Pt((1, 1)))
class Empty(Enum):
    pass
print(list(Empty), len(Empty), repr(Empty))
class Ext(Empty):
    A = 1
print(list(Ext), isinstance(Ext.A, Empty))
class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'
    @classmethod
    def from_str(cls, s):
        return cls(s.lower())
    @staticmethod
    def helper():
        return 'h'
    @property
    def label(self):
        return self.value.title()
    def __lt__(self, other):
        return self.value < other.value
print(Status.from_str('ACTIVE'), Status.helper(), Status.ACTIVE.label, sorted(Status, reverse=True), Status.ACTIVE.helper())
print(sorted([Num.TWO, Num.ONE]), max(Num), {c.name: c.value for c in Color})
print(Status.ACTIVE.__class__, type(Status.ACTIVE) is Status, Status.__class__ is EnumMeta)
print(Color.RED.name, Color.RED.value, Color.RED._value_, [m for m in Color.__members__])
class Dir(Enum):
    N = 0
    E = 90
    def turn(self):
        members = list(Dir)
        return members[(members.index(self) + 1) % len(members)]
print(Dir.N.turn(), Dir.E.turn(), Dir.N.turn().turn() is Dir.N)
x = Dir.N
print(x is Dir.N, x == Dir.N, x != Dir.E, x in [Dir.N], Dir.N in Dir, hash(x) == hash(Dir.N))
try:
    Dir.N.value = 5
except AttributeError as e:
    print("AttributeError:", e)
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), repr(auto()))
class Tup(Enum):
    A = 1, 'one'
    B = 2, 'two'
    def __init__(self, num, text):
        self.num = num
        self.text = text
print(Tup.A.num, Tup.B.text, Tup.A.value, Tup((2, 'two')))
class WithNew(Enum):
    def __new__(cls, value, doc):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.doc = doc
        return obj
    X = 1, 'the x'
    Y = 2, 'the y'
print(WithNew.X, WithNew(2), WithNew.Y.doc, WithNew.X.value)
class IntNew(IntEnum):
    def __new__(cls, value, label):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj
    LOW = 1, 'low'
    HIGH = 9, 'high'
print(IntNew.HIGH, IntNew(1).label, IntNew.LOW + 1, repr(IntNew.HIGH))
