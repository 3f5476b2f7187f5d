# dataclasses: frozen with __post_init__ and replace(), frozen inheritance, mutable fields, slots inheritance, plain class attributes
from dataclasses import dataclass, field, fields, FrozenInstanceError
import dataclasses
@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = 'EUR'
    cents: int = field(init=False, default=0)
    def __post_init__(self):
        object.__setattr__(self, 'cents', self.amount * 100)
    def add(self, other):
        return dataclasses.replace(self, amount=self.amount + other.amount)
m = Money(3)
print(m, m.cents, m.add(Money(4)), m == Money(3), len({m, Money(3), Money(3, 'USD')}))
@dataclass(frozen=True)
class Tagged(Money):
    tag: str = 'x'
t = Tagged(1, tag='y')
print(t, t.cents)
try:
    t.tag = 'z'
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    t.other = 1
except FrozenInstanceError as e:
    print(type(e).__name__, e)
@dataclass
class Acc:
    owner: str
    history: list[int] = field(default_factory=list)
    def deposit(self, n):
        self.history.append(n)
        return self
a = Acc('ann').deposit(5).deposit(7)
b = Acc('ann', [5, 7])
print(a == b, a is not b, a, sum(a.history))
a.owner = 'bob'
print(a != b, a)
@dataclass(slots=True)
class Base:
    x: int
@dataclass(slots=True)
class Sub(Base):
    y: int = 0
s = Sub(1, 2)
print(s, Sub.__slots__, Base.__slots__, [f.name for f in fields(s)])
@dataclass
class WithClassAttr:
    x: int
    counter = 0
    def bump(self):
        WithClassAttr.counter += 1
w = WithClassAttr(1)
w.bump()
print(WithClassAttr.counter, [f.name for f in fields(w)], w)
