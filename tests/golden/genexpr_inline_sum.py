# sum() over generator expressions: int, float and generic paths, start values, errors.
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.c + other.c)
        if other == 0:
            return self
        return NotImplemented
    __radd__ = __add__
    def __repr__(self):
        return f"Money({self.c})"

xs = list(range(10))
print(sum(x * x for x in xs))
print(sum(x for x in xs if x % 2))
print(sum(x for x in []))
print(sum((x for x in xs), 100))
print(sum((x for x in xs), start=-5))
print(sum(0.1 for _ in range(10)))
print(sum(x / 3 for x in xs))
print(sum(x for x in [1, 2.5, 3, True]))
print(sum(b for b in [True, True, False]), type(sum(b for b in [True, False])).__name__)
print(sum(x for x in [2**62, 2**62, 2**62]))
print(sum(-0.0 for _ in range(3)))
print(sum((x for x in [-0.0]), -0.0))
print(sum(Money(c) for c in [1, 2, 3]))
print(sum(([x] for x in range(3)), []))
print(sum((x, x) for x in range(3)) if False else sum(((x,) for x in range(3)), ()))
print(sum(complex(x, 1) for x in range(3)))
print(sum(1e308 for _ in range(3)))

def total(rows):
    return sum(a * b for a, b in rows)
print(total([(1, 2), (3, 4), (5, 6)]))

for bad in [lambda: sum(x for x in [1, "a"]),
            lambda: sum(("a" for _ in range(2)), ""),
            lambda: sum((b"a" for _ in range(2)), b""),
            lambda: sum((b"a" for _ in range(2)), bytearray()),
            lambda: sum(x for x in [1, None]),
            lambda: sum(x for x in ["a", 1]),
            lambda: sum(1 / x for x in [1, 0])]:
    try:
        print(bad())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

print(sum(x for x in range(3) for _ in range(2)))
print(sum(sum(y for y in range(x)) for x in range(6)))
