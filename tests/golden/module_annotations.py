# A module's annotated names fill its __annotations__ (evaluated in order, nested blocks too); function locals' annotations are not evaluated
import sys
x: int = 5
y: 'str'
z: list[int] = []
if x:
    w: dict[str, int] = {}
(paren): int = 1
box = [0]
box[0]: float = 2.0
def f():
    local: undefined_name = 3   # never evaluated in a function
    return local
class C:
    a: float
print(__annotations__)
print(f(), C.__annotations__, x, box)
print(sys.modules[__name__].__annotations__ is __annotations__)
log = []
def note(v):
    log.append(v)
    return v
late: note('T') = note(1)
print(log, __annotations__['late'])
