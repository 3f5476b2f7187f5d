print(list(zip([1, 2, 3], "abc")), list(zip([1, 2], "abcd", (True, False, None))), list(zip()), list(zip([1])))
pairs = [("a", 1), ("b", 2), ("c", 3)]
letters, nums = zip(*pairs)
print(letters, nums)
print(dict(zip("xyz", range(3))), list(zip(*[[1, 2, 3], [4, 5, 6]])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], [3, 4], strict=True)))
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(map(len, ["", "ab", "abc"])), list(map(int, "123")), list(map(str.upper, ["x"])))
print(list(filter(str.isdigit, "a1b2c3")), list(filter(lambda x: x > 1, [0, 1, 2, 3])), list(filter(None, [0, "", 1, "a", [], [1]])))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
z = zip("ab", "cd")
print(next(z), list(z))
f = filter(None, range(3))
print(type(m).__name__, type(z).__name__, type(f).__name__, list(f))
