# enum: Flag and IntFlag combination, membership, iteration, repr, invert, boundaries, unique's error, match
from enum import Flag, IntFlag, auto, Enum, unique, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
class Perm(Flag):
    R = 4
    W = 2
    X = 1
RW = Perm.R | Perm.W
print(RW, repr(RW), RW.name, RW.value, list(RW), len(RW), bool(RW), Perm.W in RW, Perm.X in RW)
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), repr(~RW), repr(~Perm.X), repr(RW & Perm.W), repr(RW ^ Perm.R))
print(list(Perm), Perm(7), Perm(6) is RW)
try:
    Perm(9)
except ValueError as e:
    print("ValueError:", e)
try:
    1 in RW
except TypeError as e:
    print("TypeError:", e)
print(RW.__or__(1))
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), Color.WHITE, repr(Color.WHITE), list(Color.WHITE), [c.value for c in Color], len(Color))
print(Color.__members__.keys())
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(IP.R | IP.X), IP.R | IP.X, IP.R + 1, repr(IP.R | 8), repr(IP(0)), repr(~IP.R), IP.W == 2, isinstance(IP.W, int))
print(f"{IP.R | IP.W}", str(IP.R), repr(IP(3)), repr(IP.R & 4), 3 | IP.R, repr(IP.R ^ IP.R))
class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2
try:
    Strict(5)
except ValueError as e:
    print("ValueError:", e)
class Conf(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(repr(Conf(7)))
class Ej(Flag, boundary=EJECT):
    A = 1
    B = 2
print(repr(Ej(7)))
print(FlagBoundary.KEEP, repr(KEEP))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
except ValueError as e:
    print("ValueError:", e)
def show(p):
    match p:
        case Perm.R:
            return "read"
        case Perm.W | Perm.X:
            return "write or exec"
    return "combo"
print(show(Perm.R), show(Perm.X), show(RW))
import copy, enum
class P2(enum.Flag):
    R = 4
    W = 2
class IP2(enum.IntFlag):
    R = 4
    W = 2
rw = P2.R | P2.W
print(copy.copy(rw) is rw, copy.deepcopy(P2.R) is P2.R, copy.deepcopy([IP2.R | IP2.W]), copy.copy(IP2(8)))
