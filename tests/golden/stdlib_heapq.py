# heapq: push/pop/heapify/replace/pushpop layouts, merge (key, reverse), nsmallest/nlargest stability, errors
import heapq
import random

rng = random.Random(12345)

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 6]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(out[-1], h)

data = [rng.randrange(1000) for _ in range(40)]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 500), data[:10])
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 999), data[:10])
print(heapq.heappushpop([], 3))

# A large heapify (CPython switches to a cache-friendly order above 2500 items).
big = [rng.randrange(100000) for _ in range(6000)]
heapq.heapify(big)
print(sum(i * v for i, v in enumerate(big)) % 1000003, big[:8])
ok = all(big[k] <= big[c] for k in range(len(big)) for c in (2 * k + 1, 2 * k + 2) if c < len(big))
print("invariant", ok)
sorted_big = [heapq.heappop(big) for _ in range(len(big))]
print(sorted_big == sorted(sorted_big), len(big))

# Stability: tuples with equal first items keep their layout exactly as CPython.
pairs = [(rng.randrange(5), i) for i in range(30)]
heapq.heapify(pairs)
print(pairs)

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([9, 7, 3], [8, 7, 2, 1], [10], reverse=True)))
print(list(heapq.merge(['bb', 'a'], ['ccc', 'dd', 'e'], key=len, reverse=True)))
print(list(heapq.merge()), list(heapq.merge([], [])), list(heapq.merge(iter([1, 2]))))
print(list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda t: t[0])))
m = heapq.merge(range(3), range(2))
print(type(m).__name__, next(m), next(m), list(m))

words = "the quick brown fox jumps over the lazy dog again and again".split()
for n in (0, 1, 2, 3, 5, 20):
    print(n, heapq.nsmallest(n, words), heapq.nlargest(n, words))
    print(n, heapq.nsmallest(n, words, key=len), heapq.nlargest(n, words, key=len))
    print(n, heapq.nsmallest(n, iter(words), key=len), heapq.nlargest(n, iter(words), key=len))
nums = [rng.randrange(50) for _ in range(200)]
print(heapq.nsmallest(10, nums), heapq.nlargest(10, nums))
print(heapq.nsmallest(4, nums, key=lambda v: -v), heapq.nlargest(4, (v % 7 for v in nums)))
print(heapq.nsmallest(3, []), heapq.nlargest(3, iter([])), heapq.nsmallest(1, []), heapq.nlargest(1, [4, 9, 2]))
print(heapq.nsmallest(-2, [1, 2]), heapq.nlargest(-1, iter([1, 2])))


class Task:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return f"Task({self.prio}, {self.name!r})"


tasks = []
for i, p in enumerate([3, 1, 2, 1, 3, 0]):
    heapq.heappush(tasks, Task(p, "t%d" % i))
print([heapq.heappop(tasks) for _ in range(6)])

for bad in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
            lambda: heapq.heappush((), 1), lambda: heapq.heappop("abc"),
            lambda: heapq.heapify((3, 1)), lambda: heapq.heappushpop(None, 1),
            lambda: heapq.heappush([1], "a")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
