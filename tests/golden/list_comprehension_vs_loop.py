squares_loop = []
for i in range(10):
    if i % 3:
        squares_loop.append(i * i)
squares_comp = [i * i for i in range(10) if i % 3]
print(squares_loop == squares_comp, squares_comp)
pairs_loop = []
for a in range(3):
    for b in range(a, 3):
        pairs_loop.append((a, b))
print(pairs_loop == [(a, b) for a in range(3) for b in range(a, 3)], len(pairs_loop))
words = ["alpha", "beta", "gamma"]
upper = list(map(str.upper, words))
print(upper, [w.upper() for w in words] == upper)
lengths = dict(zip(words, map(len, words)))
print(lengths == {w: len(w) for w in words}, lengths)
flat = []
for sub in [[1, 2], [3], [], [4, 5, 6]]:
    flat.extend(sub)
print(flat, [x for sub in [[1, 2], [3], [], [4, 5, 6]] for x in sub] == flat)
print(list(filter(lambda w: "a" in w[1:], words)), [w for w in words if "a" in w[1:]])
