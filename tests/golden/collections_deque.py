# collections.deque: both ends, maxlen trimming, indexing, rotate, comparisons, repr
# and the errors of an empty or mutated deque.
from collections import deque

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d, bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend("ab"); d.extendleft([10, 20])
print(d, d.count(2), d.index(2), d.index("a", 2))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.reverse(); print(d)
d.remove(10); d.insert(1, "x"); del d[0]; d[0] = "y"
print(d, list(reversed(d)), d.copy() == d, d.copy() is d)
m = deque(range(10), 3)
print(m, m.maxlen, deque().maxlen)
m.append(10); m.appendleft(-1); print(m)
m.extend(range(5)); print(m, list(m))
z = deque([], 0); z.append(1); print(z)
print(deque([1, 2]) + deque([3]), deque([1]) * 3, deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
e = deque([1]); e += [2, 3]; print(e)
e.extend(e); print(e)
e.clear(); print(e, repr(deque(maxlen=2)))
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1])[0:1], lambda: deque([1]).remove(2), lambda: deque([1]).index(7),
            lambda: deque([], -1), lambda: deque([1], 1).insert(0, 2)):
    try:
        bad()
    except (IndexError, TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
it_d = deque([1, 2, 3])
try:
    for x in it_d:
        it_d.append(x)
except RuntimeError as ex:
    print("RuntimeError", ex)

class Sub(deque):
    pass
s = Sub([1, 2], 5)
print(s, isinstance(s, deque), s.maxlen)
