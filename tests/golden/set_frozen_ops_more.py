a = frozenset("abcde")
b = frozenset("cdefg")
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a.isdisjoint("xyz"), a.issubset("abcdefgh"), a > frozenset("ab"), a >= a, a < a)
s = set(a)
s &= b
print(sorted(s), type(s).__name__, type(a | s).__name__, type(s | a).__name__)
cache = {frozenset(["x", "y"]): 1}
print(cache[frozenset(["y", "x"])], frozenset(["y", "x"]) in cache)
sets = [{1, 2}, {2, 3}, {3, 4}, {1, 4}]
union = set().union(*sets)
inter = sets[0].intersection(*sets[1:])
print(sorted(union), inter, set.union({1}, {2}, {3}) == {1, 2, 3})
print(sorted({frozenset({1}), frozenset({1, 2}), frozenset()}, key=len))
print(len({frozenset(), frozenset(())}), frozenset([1, 2]) == {1, 2}, hash(frozenset()) == hash(frozenset([])))
print(sorted(frozenset(range(5)).difference([1], [3])), sorted(frozenset("ab").union("c")))
