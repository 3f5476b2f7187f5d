# dataclasses: generated __init__/__repr__/__eq__/order/hash, frozen, field options, post-init, InitVar, KW_ONLY, inheritance, error texts
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, Field
import dataclasses

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(2, 1), p == (1, 2), Point.__eq__(p, 5))
print(Point.__doc__, Point.__match_args__, Point.__hash__)
print(Point(3), Point(y=5, x=4), Point.__init__.__qualname__, Point.__repr__.__name__)
print([f.name for f in fields(p)], fields(Point)[0].type, fields(p)[1].default)
print(asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(5))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)

@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = 'b'
f = Frozen(1)
print(f, hash(f) == hash((1, 'b')), {f: 1}[Frozen(1, 'b')])
try:
    f.a = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del f.b
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    note: str = field(default='', compare=False)
print(sorted([Version(1, 2), Version(1, 0, 'x'), Version(0, 9)]), Version(1) < Version(1, 1), Version(2) >= Version(1, 5))
print(Version(1, 0, 'a') == Version(1, 0, 'b'))
try:
    Version(1) < Point(1)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Inventory:
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, init=False)
    meta: str = field(default='m', metadata={'unit': 'kg'})
a, b = Inventory(), Inventory()
a.items.append(1)
print(a, b, a.items is b.items, fields(Inventory)[3].metadata['unit'], fields(Inventory)[3].metadata)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithPost(3, 4)
print(w, [f.name for f in fields(w)], WithPost(2))
print(replace(w, a=5, scale=2))
try:
    replace(w, b=1)
except ValueError as e:
    print("ValueError:", e)

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(KW(1, c=5), KW.__match_args__, KW.__doc__)
try:
    KW(1, 2)
except TypeError as e:
    print("TypeError:", e)

@dataclass(kw_only=True)
class AllKW:
    a: int
    b: int = 1
print(AllKW(a=3))
try:
    AllKW(1)
except TypeError as e:
    print("TypeError:", e)
try:
    AllKW()
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Child(Base):
    z: int = 5
    x: int = 10
print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])
