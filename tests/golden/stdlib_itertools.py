# itertools: every example of the spec's itertools section as written, then each
# iterator's edge cases and CPython 3.11's error texts.
import itertools

# Infinite iterators
counter = itertools.count(start=1, step=2)
# 1, 3, 5, 7, ...

repeater = itertools.repeat("A", times=3)
# A, A, A

cycle = itertools.cycle([1, 2, 3])
# 1, 2, 3, 1, 2, 3, ...

# Combinatorics
list(itertools.permutations([1, 2, 3], 2))
# [(1, 2), (1, 3), (2, 1), (2, 3), (3, 1), (3, 2)]

list(itertools.combinations([1, 2, 3], 2))
# [(1, 2), (1, 3), (2, 3)]

# Chain iterables
list(itertools.chain([1, 2], [3, 4], [5, 6]))
# [1, 2, 3, 4, 5, 6]

# Grouping
data = [('A', 1), ('A', 2), ('B', 3), ('B', 4)]
for key, group in itertools.groupby(data, lambda x: x[0]):
    print(key, list(group))

counter = itertools.count(start=1, step=2)
print(next(counter), next(counter), next(counter), counter)
repeater = itertools.repeat("A", times=3)
print(repeater, list(repeater), repeater)
cycle = itertools.cycle([1, 2, 3])
print([next(cycle) for _ in range(7)])
print(list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations([1, 2, 3], 2)))
print(list(itertools.chain([1, 2], [3, 4], [5, 6])))
data = [('A', 1), ('A', 2), ('B', 3), ('B', 4)]
for key, group in itertools.groupby(data, lambda x: x[0]):
    print(key, list(group))
print(list(itertools.product('ab', range(2))), list(itertools.product([0,1], repeat=2)))
print(list(itertools.combinations_with_replacement('ABC', 2)))
print(list(itertools.permutations(range(3))))
print(list(itertools.islice('ABCDEFG', 2, None)), list(itertools.islice('ABCDEFG', 0, None, 2)))
a, b = itertools.tee(iter([1,2,3]))
print(next(a), list(b), list(a))
print(list(itertools.zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(itertools.accumulate([1,2,3,4], initial=100)), list(itertools.accumulate([3,1,4], max)))
print(list(itertools.pairwise('ABCD')), list(itertools.starmap(pow, [(2,5),(3,2)])))
print(list(itertools.chain.from_iterable(['ab', 'cd'])))
print(list(itertools.dropwhile(lambda x: x<5, [1,4,6,4,1])), list(itertools.takewhile(lambda x: x<5, [1,4,6,4,1])))
print(list(itertools.filterfalse(None, [0,1,0,2])), list(itertools.compress('ABCDEF', [1,0,1,0,1,1])))
g = itertools.groupby('aaabbc')
k1, g1 = next(g); k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print(itertools.count(), itertools.count(1.5, 0.5), type(itertools.count()).__name__)
for args in [('abc', -1), ('abc', 'x'), ('abc', 1, -2), ('abc', 0, 2, 0), ('abc',)]:
    try: itertools.islice(*args)
    except Exception as e: print(type(e).__name__, e)
groups = itertools.groupby('AAABBBCCD')
k1, g1 = next(groups)
print(k1, next(g1))
k2, g2 = next(groups)
print(k2, list(g1), list(g2))
print([(k, list(g)) for k, g in itertools.groupby([1, 1, 2, 3, 3, 3], key=lambda x: x % 2)])
print([k for k, g in itertools.groupby('')], [k for k, g in itertools.groupby('aabbbc')])
keys = [k for k, _ in itertools.groupby(sorted(['apple', 'avocado', 'banana', 'cherry', 'blueberry']), key=lambda w: w[0])]
print(keys)
gs = list(itertools.groupby('aabb')); print([list(g) for k, g in gs])
# tee
a, b, c = itertools.tee(range(4), 3)
print(list(a), next(b), list(c), list(b))
x, y = itertools.tee([1, 2]); x2, = itertools.tee(x, 1); print(list(x2), list(y), list(x), itertools.tee([1], 0))
src = iter([1, 2, 3]); p, q = itertools.tee(src); next(p); print(next(src), list(q))
# repr and counts
r = itertools.repeat('x', 2); next(r); print(r, list(r), r, itertools.repeat(None, -3), list(itertools.repeat(7, 0)))
c = itertools.count(10, -2.5); print([next(c) for _ in range(3)], c, itertools.count(3, 1), itertools.count(1, 1.0))
print(list(zip(itertools.count(), 'ab')), list(itertools.islice(itertools.count(5), 3)))
# combinatorics edges
print(list(itertools.product()), list(itertools.product([])), list(itertools.product('ab', repeat=0)), list(itertools.product('ab', 'c', repeat=2))[:3])
print(list(itertools.permutations('abc', 4)), list(itertools.permutations('ab', 0)), list(itertools.permutations([])), len(list(itertools.permutations(range(5)))))
print(list(itertools.combinations('abc', 4)), list(itertools.combinations('abc', 0)), list(itertools.combinations('abcd', 3)))
print(list(itertools.combinations_with_replacement('', 2)), list(itertools.combinations_with_replacement('', 0)), list(itertools.combinations_with_replacement('ab', 3)))
print(list(itertools.combinations(range(4), r=2)))
# islice consumption
src = iter(range(10)); print(list(itertools.islice(src, 2, 6, 2)), next(src))
print(list(itertools.islice('abcdef', None)), list(itertools.islice('abcdef', 2)), list(itertools.islice('abcdef', 1, None, 3)), list(itertools.islice('ab', 5, 9)))
print(list(itertools.islice(range(10), 0, 9, 4)))
# misc
print(list(itertools.zip_longest()), list(itertools.zip_longest([1], [2, 3], [4])), list(itertools.accumulate([])), list(itertools.accumulate([], initial=0)))
print(list(itertools.accumulate('abc')), list(itertools.accumulate([1, 2, 3], lambda a, b: a * b, initial=2)), list(itertools.accumulate([5], func=None)))
print(list(itertools.chain()), list(itertools.chain('ab', [], (1,))), list(itertools.chain.from_iterable([[1], [], [2, 3]])))
print(list(itertools.pairwise([])), list(itertools.pairwise([1])), list(itertools.starmap(lambda *a: sum(a), [[1, 2], (3,), ()])))
print(list(itertools.compress(range(5), [1, 0, 1])), list(itertools.takewhile(bool, [])), list(itertools.dropwhile(bool, [1, 0, 2])))
print(list(itertools.filterfalse(lambda x: x % 2, range(6))), type(itertools.chain()).__name__, type(itertools.groupby('a')).__name__)
cy = itertools.cycle(''); print(list(cy))
cy = itertools.cycle(iter([1, 2])); print([next(cy) for _ in range(5)])
print(iter(itertools.count()) is not None, hasattr(itertools.cycle([1]), '__next__'))
print(sum(1 for _ in itertools.product(range(3), repeat=3)))
for bad in [lambda: itertools.islice([1], -2), lambda: itertools.islice([1], 1, -2), lambda: itertools.islice([1], 0, 1, 0),
            lambda: itertools.islice([1], 'a'), lambda: itertools.islice([1], 1.5, 2), lambda: itertools.islice([1], 1, 2, 3, 4),
            lambda: itertools.islice([1]), lambda: itertools.islice([1], stop=3),
            lambda: itertools.permutations('ab', -1), lambda: itertools.combinations('ab', -1), lambda: itertools.combinations('ab'),
            lambda: itertools.product('a', repeat=-1), lambda: itertools.tee([1], -1), lambda: itertools.count('a'),
            lambda: itertools.repeat(), lambda: itertools.chain(1, 2), lambda: list(itertools.chain(1, 2)), lambda: itertools.cycle(5),
            lambda: list(itertools.starmap(pow, [1])), lambda: itertools.zip_longest(1), lambda: itertools.accumulate(3),
            lambda: itertools.compress('a'), lambda: itertools.pairwise(3), lambda: itertools.groupby(2), lambda: list(itertools.accumulate([1, 'a'])),
            lambda: itertools.repeat(1, 'x'), lambda: itertools.zip_longest([], fill=1), lambda: itertools.permutations('ab', 'x')]:
    try:
        bad()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
# count with bool and big-int starts (CPython's fast mode counts in plain ints)
it = itertools
print(it.count(0, True), it.count(True), it.count(2**70, 2**70), it.count(1, 1.0))
c = it.count(True); print(next(c), next(c))
c = it.count(True, 2); print(next(c), next(c), c)
