# argument-count and keyword errors of itertools, functools, copy and operator, in CPython's
# words (C functions as CPython's C ones, Python-level functions as a def's)
import itertools as it, functools, operator, copy
for f in [lambda: it.cycle(), lambda: it.cycle([], []), lambda: it.cycle(x=1), lambda: it.pairwise(), lambda: it.dropwhile(len),
          lambda: it.takewhile(), lambda: it.filterfalse(1, 2, 3), lambda: it.starmap(len), lambda: it.tee(),
          lambda: it.tee([], 2, 3), lambda: it.chain(x=1), lambda: it.chain.from_iterable(), lambda: it.compress([1]),
          lambda: it.islice(), lambda: it.count(1, 2, 3), lambda: it.repeat(1, 2, 3), lambda: it.accumulate(),
          lambda: it.groupby(), lambda: it.permutations(), lambda: it.product(1), lambda: it.zip_longest(1, fillvalue=2),
          lambda: functools.reduce(), lambda: functools.reduce(len), lambda: functools.reduce(len, [], 1, 2),
          lambda: functools.cmp_to_key(), lambda: functools.partial(), lambda: functools.lru_cache(1, 2, 3),
          lambda: functools.total_ordering(), lambda: functools.wraps(), lambda: functools.update_wrapper(len),
          lambda: copy.copy(), lambda: copy.deepcopy(), lambda: copy.copy(1, 2),
          lambda: operator.itemgetter(1)(), lambda: operator.attrgetter('a')(1, 2), lambda: operator.methodcaller('x')(),
          lambda: operator.not_(), lambda: operator.getitem([1]), lambda: operator.setitem([1], 0),
          lambda: operator.length_hint(), lambda: operator.itemgetter(1, k=2)]:
    try:
        f(); print('ok')
    except Exception as e:
        print(type(e).__name__, e)
