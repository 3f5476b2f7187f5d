# enum: Enum/IntEnum/StrEnum members, lookup, aliases, auto, _missing_, methods, functional API, errors, match
from enum import Enum, IntEnum, auto, unique, Flag, IntFlag, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color(2), Color['BLUE'], Color.CRIMSON is Color.RED)
print(Color.RED in Color, f"{Color.RED}", format(Color.RED, '>12'))
print(Color.__members__)
print(repr(Color), type(Color))
d = {Color.RED: 'r'}
print(d[Color.CRIMSON])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
class N(IntEnum):
    A = auto()
    B = auto()
print(N.A, repr(N.B), N.A + 1, N.A == 1, f"{N.B}", str(N.B))
class P(Flag):
    R = auto()
    W = auto()
    X = auto()
print(P.R | P.W, repr(P.R | P.W), list(P.R | P.X), P.R in (P.R|P.W), repr(~P.R), repr(P(0)))
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, repr(S.A), S.B == 'bee')
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(IP.R | IP.W), IP.R | 1, repr(IP.R | 8), repr(~IP.R))
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
F = Enum('F', 'X Y Z')
print(list(F), F.Y.value)
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green")
