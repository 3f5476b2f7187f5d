print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
print([1, [2, 3]] == [1, [2, 3]], [1, 2] == (1, 2), [[1], [2]] < [[1], [3]])
print(max([[1, 2], [1, 3], [0, 9]]), min([[3], [1, 5], [1]]))
try:
    [1, 2] < [1, "a"]
except TypeError as e:
    print("TypeError:", e)
print([1, "a"] == [1, "a"], [float("nan")] == [float("nan")])
x = [1, 2, 3]
y = x
z = x[:]
print(x is y, x is z, x == z)
y.append(4)
print(x, z)
print(len([]), len([[]]), [0] * 3, [[]] * 2, [1, 2] + [3], list(), list("ab"), list(range(3)), list((1,)))
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
m = [[0] * 2 for _ in range(2)]
m[0][0] = 1
print(m)
print(1 in [1, 2], 3 not in [1, 2], [1] in [[1], [2]], sum([[1], [2]], []))
