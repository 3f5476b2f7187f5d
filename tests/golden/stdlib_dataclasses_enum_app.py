# dataclasses and enum together: a small app with order, post-init, default factories, asdict to json, enum keys, match on a dataclass
from __future__ import annotations
from dataclasses import dataclass, field, asdict
from enum import Enum, auto
import json

class Kind(Enum):
    BOOK = auto()
    GAME = auto()

    def __str__(self):
        return self.name.lower()

@dataclass(order=True)
class Item:
    sort_key: float = field(init=False, repr=False)
    name: str
    price: float
    kind: Kind = Kind.BOOK
    tags: list[str] = field(default_factory=list)

    def __post_init__(self):
        self.sort_key = self.price

@dataclass
class Cart:
    items: list[Item] = field(default_factory=list)

    def add(self, item: Item) -> Cart:
        self.items.append(item)
        return self

    @property
    def total(self) -> float:
        return sum(i.price for i in self.items)

cart = Cart().add(Item('Dune', 9.5)).add(Item('Chess', 20.0, Kind.GAME, ['board'])).add(Item('Go', 15.0, Kind.GAME))
print(cart)
print(cart.total, sorted(cart.items)[0].name, max(cart.items).name)
by_kind = {}
for it in cart.items:
    by_kind.setdefault(it.kind, []).append(it.name)
print({str(k): v for k, v in by_kind.items()})
d = asdict(cart)
d['items'] = [{**x, 'kind': x['kind'].name} for x in d['items']]
print(json.dumps(d, sort_keys=True))
match cart.items[1]:
    case Item(name=n, kind=Kind.GAME, price=p) if p > 10:
        print("expensive game", n)
    case _:
        print("other")
