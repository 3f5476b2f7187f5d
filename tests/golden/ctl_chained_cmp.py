x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 <= 5, x == 5 == 5.0, 1 < 2 > 0 < 3)
print(3 > 2 > 1, 3 > 2 == 2, 1 != 2 != 1, "a" < "b" < "c", [1] < [2] < [3])
def v(label, val):
    print("eval", label)
    return val
print(v("a", 1) < v("b", 2) < v("c", 3))
print(v("a", 5) < v("b", 2) < v("c", 3))
print(1 in [1, 2] in [[1, 2]], 2 not in [1] not in [[2]], None is None is not False)
age = 25
print("adult" if 18 <= age < 65 else "other", [a for a in range(20) if 5 < a <= 8])
lo, hi = 0, 100
print([n for n in [-5, 0, 50, 100, 101] if lo <= n < hi])
