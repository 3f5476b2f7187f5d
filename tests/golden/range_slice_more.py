r = range(-10, 10, 3)
print(list(r), len(r), r[2], r[-2], list(r[::-1]), r[1:-1], list(r[1:-1]), -4 in r, -5 in r)
print(list(range(10)[2:8:2]), range(10)[::-1][2], list(range(0, -10, -2)), range(0, -10, -2)[-1])
print(range(5).count(3), range(5).index(4), list(range(5))[slice(-2, None)], range(3) != range(4))
print([x for x in range(20) if x in range(5, 15, 4)], sum(range(1, 11, 2)), max(range(-3, -10, -2)))
s = "0123456789"
for sl in [slice(2, 7), slice(None, None, 3), slice(-3, None), slice(None, -7, -1), slice(8, 2, -2), slice(100, -100, -1)]:
    print(sl, s[sl], list(range(10))[sl], sl.indices(10))
lst = list(range(10))
lst[slice(2, 5)] = ["x"]
del lst[slice(-2, None)]
print(lst)
print(hash(range(3)) == hash(range(0, 3)), range(0, 3, 2) == range(0, 4, 2), list(range(3, 0)) == [])
