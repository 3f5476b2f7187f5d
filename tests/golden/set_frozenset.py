f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__, frozenset() == set(), frozenset({1}) == {1})
g = f | {9}
print(type(g).__name__, sorted(g), type({9} | f).__name__, type(f & {1}).__name__)
print(sorted(f.union([10])), sorted(f.intersection([1, 2, 7])), sorted(f - {1}), sorted(f ^ {1, 7}))
d = {f: "frozen", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()], hash(f) == hash(frozenset([1, 2, 3])))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested), sorted(sorted(x) for x in nested))
print(f.issubset({1, 2, 3, 4}), f.isdisjoint([5]), f.copy() == f, frozenset("aab") == frozenset("ba"))
print(repr(frozenset()), repr(set()), repr(frozenset({5})), repr({5}))
