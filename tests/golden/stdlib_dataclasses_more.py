# dataclasses: recursive repr, asdict/astuple, slots, match, user-defined methods kept, hash rules, errors, make_dataclass, replace
from dataclasses import dataclass, field, fields, asdict, astuple, make_dataclass, replace, InitVar, is_dataclass
import dataclasses

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: 'Node' = field(default=None, repr=False, compare=False)
root = Node(1)
kid = Node(2, parent=root)
root.children.append(kid)
print(root)
loop = Node(0)
loop.children.append(loop)
print(loop)
print(asdict(Node(1, [Node(2)])))
print(astuple(Node(5, [Node(6)])))

@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 2
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'), Slotted.__qualname__)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError raised")

@dataclass(frozen=True, slots=True)
class FS:
    a: int
print(FS(1), hash(FS(1)) == hash((1,)))

@dataclass
class Shape:
    kind: str
    size: int = 1
def describe(obj):
    match obj:
        case Shape('circle', size):
            return f"circle of size {size}"
        case Shape(kind=k, size=1):
            return f"small {k}"
        case _:
            return "unknown"
print(describe(Shape('circle', 3)), describe(Shape('square')), describe(Shape('square', 5)), Shape.__match_args__)

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None, NoEq.__hash__ is object.__hash__)

@dataclass(init=False, repr=False)
class Manual:
    a: int = 5
    def __init__(self):
        self.a = 9
m = Manual()
print(m.a, repr(m).startswith('<__main__.Manual object'), m == Manual())

@dataclass
class Custom:
    a: int
    def __repr__(self):
        return 'custom!'
    def __eq__(self, other):
        return True
print(Custom(1), Custom(1) == 5, Custom.__hash__)

@dataclass
class HashExplicit:
    a: int
    def __hash__(self):
        return 99
print(hash(HashExplicit(1)))
try:
    @dataclass(unsafe_hash=True)
    class BadHash:
        a: int
        def __hash__(self):
            return 1
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(order=True)
    class BadOrder:
        a: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)
try:
    dataclass(order=True, eq=False)(type('T', (), {}))
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class NoAnn:
        a = field(default=1)
except TypeError as e:
    print("TypeError:", e)

@dataclass(frozen=True)
class FBase:
    a: int
try:
    @dataclass
    class Thaw(FBase):
        b: int = 0
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Base:
    a: int
    def __post_init__(self):
        self.total = self.a * 2
@dataclass
class Derived(Base):
    b: int = 3
d = Derived(4)
print(d, d.total, Derived.__mro__[1].__name__, fields(d)[1].name, Derived.__doc__)

Pt = make_dataclass('Pt', ['x', ('y', int), ('z', int, field(default=7))], namespace={'norm': lambda self: self.x + self.y + self.z})
p = Pt(1, 2)
print(p, p.norm(), Pt.__doc__, [f.type for f in fields(Pt)])
try:
    make_dataclass('Bad', ['x', 'x'])
except TypeError as e:
    print("TypeError:", e)
try:
    make_dataclass('Bad', ['class'])
except TypeError as e:
    print("TypeError:", e)
try:
    fields(5)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Pt)
except TypeError as e:
    print("TypeError:", e)
try:
    replace(5, a=1)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Init:
    a: int
    b: InitVar[int]
    def __post_init__(self, b):
        self.a += b
print(Init(1, 2), repr(fields(Init)).replace(repr(dataclasses.MISSING), 'MISSING'))
try:
    replace(Init(1, 2), a=3)
except ValueError as e:
    print("ValueError:", e)
print(repr(dataclasses.MISSING)[:10] == repr(dataclasses.MISSING)[:10], InitVar[int], InitVar[list[int]])
