print(any([0, 0, 1]), any([]), all([1, 1]), all([]), all([1, 0]), any("") , all(""), any(x > 3 for x in range(5)))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(v) for v in [0, 1, 2]))
print(all(noisy(v) for v in [1, 0, 2]))
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
it2 = iter(range(2))
print(list(it2), list(it2))
lst = [1, 2]
li = iter(lst)
print(iter(li) is li, next(li), list(li), list(li))
calls = [0]
def tick():
    calls[0] += 1
    return calls[0]
print(list(iter(tick, 4)))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    iter(tick, 1, 2)
except TypeError as e:
    print("TypeError:", e)
