# any() and all() over generator expressions: truth of each item, early exit.
def noisy(v):
    print("  test", v)
    return v

print(any(noisy(x) for x in [0, "", 3, 4]))
print(all(noisy(x) for x in [1, "a", 0, 4]))
print(any(x for x in []), all(x for x in []))
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(10)))
print(any(x for x in [None, 0.0, [], ()]), all(x for x in [1, [0], (0,), "0"]))

class Truth:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  bool", self.v)
        return self.v
print(any(Truth(v) for v in [False, True, False]))
print(all(Truth(v) for v in [True, False, True]))

class Bad:
    def __bool__(self):
        return "yes"
try:
    any(Bad() for _ in range(2))
except TypeError as e:
    print("TypeError", e)

# the iterator is left where any() stopped
it = iter(range(10))
print(any(x == 3 for x in it), next(it))
it = iter(range(10))
print(all(x < 3 for x in it), list(it))

def has_pair(rows):
    return any(a == b for a, b in rows)
print(has_pair([(1, 2), (3, 3)]), has_pair([]))
print(any(x == y for x in range(4) for y in range(4) if x > 1 if y > 2))
