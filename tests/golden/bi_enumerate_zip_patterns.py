names = ["ann", "bob", "cy"]
scores = [88, 92, 79]
for rank, (name, score) in enumerate(sorted(zip(names, scores), key=lambda p: -p[1]), start=1):
    print(rank, name, score)
print(dict(enumerate(names)), list(zip(*enumerate("ab"))))
print([i for i, n in enumerate(names) if "b" in n], max(zip(scores, names)), min(zip(scores, names))[1])
pairs = list(zip(names, scores, range(10)))
print(pairs, len(pairs))
matrix = [[1, 2, 3], [4, 5, 6]]
print([sum(col) for col in zip(*matrix)], [list(r) for r in zip(*matrix)])
a, b = zip(*[(1, "x"), (2, "y")])
print(a, b)
print(list(zip(range(3), range(10, 13), "abc")), list(zip("abc", range(100)))[-1])
it = iter(range(6))
print(list(zip(it, it)))
print(list(enumerate(zip("ab", "cd"), 5)))
