a = [4, 8, 15, 16, 23, 42]
print(len(a), sum(a), min(a), max(a), sum(a) / len(a), sum(a, 100))
print(list(reversed(a)), list(enumerate(a, 1))[:2], list(zip(a, a[1:])), any(x > 40 for x in a), all(x > 3 for x in a))
print(list(map(lambda x: x * 2, a)), list(filter(lambda x: x % 2, a)), list(filter(None, [0, 1, "", "a", None])))
print(a.__len__(), a.__getitem__(2), a.__contains__(15), list.__name__, type(a) is list)
stack = []
for ch in "({[]})":
    if ch in "({[":
        stack.append(ch)
    else:
        stack.pop()
print("balanced", stack == [])
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
print([x for x in a if x > 10][::-1], [a[i] - a[i - 1] for i in range(1, len(a))])
print(list(range(0)), [None] * 2, [[1, 2], [3]][1], a.index(max(a)))
