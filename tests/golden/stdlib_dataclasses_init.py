# dataclasses: __init__'s argument errors as CPython's, string annotations (InitVar/KW_ONLY looked up in the module), a field named self, __doc__
from __future__ import annotations
import dataclasses
from dataclasses import dataclass, field, fields, KW_ONLY, InitVar

@dataclass
class P:
    x: int
    y: int = 0
    _: KW_ONLY
    z: int = 5
    w: list = field(default_factory=list)
print(P.__init__.__qualname__, P.__repr__.__qualname__, P.__eq__.__qualname__, P.__doc__)
for a, k in [((1, 2, 3), {}), ((), {}), ((1,), {'x': 2}), ((1,), {'q': 2}), ((1, 2, 3, 4), {'z': 1}),
             ((1, 2, 3), {'z': 1, 'w': 2}), ((1,), {'self': 3})]:
    try:
        P(*a, **k)
    except TypeError as e:
        print(e)

@dataclass
class Q:
    a: int
    b: int
    c: int
    d: int = field(kw_only=True)
    e: int = field(kw_only=True)
for a, k in [((), {}), ((1,), {}), ((1, 2), {}), ((1, 2, 3), {}), ((1, 2, 3), {'d': 1}), ((1, 2, 3, 4), {}), ((1, 2, 3, 4), {'d': 1, 'e': 2})]:
    try:
        Q(*a, **k)
    except TypeError as e:
        print(e)

@dataclass
class One:
    a: int
try:
    One(1, 2)
except TypeError as e:
    print(e)
@dataclass
class Zero:
    pass
print(Zero(), Zero() == Zero(), Zero.__doc__, Zero.__match_args__)
try:
    Zero(1)
except TypeError as e:
    print(e)

@dataclass
class Counter:
    total: ClassVar[int] = 0
    name: str = 'c'
    limit: dataclasses.InitVar[int] = 3
    def __post_init__(self, limit):
        Counter.total += limit
c = Counter()
print(c, Counter.total, [f.name for f in fields(c)], Counter.__annotations__, Counter.__doc__)
print(Counter.__dataclass_fields__['total']._field_type, Counter.__dataclass_fields__['limit']._field_type)
print(Counter.__dataclass_params__)

@dataclass
class Self:
    self: int
    other: str = 'o'
print(Self(1), Self(self=2))

@dataclass(repr=True, eq=True)
class Tree:
    name: str
    kids: list[Tree] = field(default_factory=list)
t = Tree('root', [Tree('leaf')])
print(t, t == Tree('root', [Tree('leaf')]), Tree.__doc__)
