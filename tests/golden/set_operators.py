a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference(b, {1})), sorted(a.symmetric_difference([4, 6])))
print(a <= b, {3} <= b, {3} < b, b < b, b <= b, a >= {1, 2}, a > a, a.issubset(range(10)), a.issuperset([1, 1]))
print(a.isdisjoint({9}), a.isdisjoint(b), a == {4, 3, 2, 1}, a != b)
c = set(a)
c |= {10}; print(sorted(c))
c &= {1, 2, 10, 11}; print(sorted(c))
c -= {1}; print(sorted(c))
c ^= {2, 3}; print(sorted(c))
d = {1, 2}
d.update([3], (4,)); print(sorted(d))
d.intersection_update({1, 2, 3}); print(sorted(d))
d.difference_update({1}); print(sorted(d))
d.symmetric_difference_update({3, 9}); print(sorted(d))
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
try:
    a < [1]
except TypeError as e:
    print("TypeError:", e)
print(sorted({x % 3 for x in range(10)}), sorted({c for c in "hello world" if c.isalpha()}))
