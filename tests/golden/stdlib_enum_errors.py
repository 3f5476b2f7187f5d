# enum: _missing_ returning a non-member or raising (with the ValueError as context), misuse errors, unhashable values, _ignore_
from enum import Enum, IntEnum, Flag, auto, StrEnum, unique
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 5
try:
    M(2)
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))
class M2(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        raise KeyError('boom')
try:
    M2(2)
except KeyError as e:
    print("KeyError:", e, "| context:", repr(e.__context__))
try:
    class G(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values):
            return 1
except TypeError as e:
    print("TypeError:", e)
try:
    class Wrong(Enum, int):
        A = 1
except TypeError as e:
    print("TypeError:", e)
try:
    class R(Enum):
        mro = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Enum('Bad', 5)
except TypeError as e:
    print("TypeError raised")
class Lst(Enum):
    A = [1, 2]
    B = [3]
print(Lst([1, 2]), Lst.B.value)
try:
    Lst([9])
except ValueError as e:
    print("ValueError:", e)
try:
    class Ign(Enum):
        A = 1
        _ignore_ = ['A']
except ValueError as e:
    print("ValueError:", e)
print(M.A.__class__.__name__, M['A'], getattr(M, 'A'), M.A is M(M.A))
