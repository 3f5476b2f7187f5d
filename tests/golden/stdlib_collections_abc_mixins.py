# collections.abc mixins: user Mapping/MutableMapping/Sequence/MutableSequence/Set/MutableSet subclasses
from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet,
                             Iterator, Generator, KeysView, ItemsView, ValuesView, Hashable)


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return f'Frozen({self._d})'


f = Frozen(a=1, b=2)
print(f.get('a'), f.get('z'), f.get('z', 0), 'a' in f, 'z' in f, len(f))
print(list(f.keys()), list(f.items()), list(f.values()), f.keys())
print(f == {'a': 1, 'b': 2}, f == Frozen(a=1), f != {'a': 1}, f == 3)
print(isinstance(f.keys(), KeysView), isinstance(f.items(), Set), isinstance(f.values(), ValuesView))
print(f.keys() & {'a', 'q'}, sorted(f.keys() | {'c'}), f.keys() - {'a'}, ('a', 1) in f.items(), 2 in f.values())
print(f.keys() == {'a', 'b'}, f.keys() < {'a', 'b', 'c'}, f.items().isdisjoint([('a', 2)]))


class Registry(MutableMapping):
    def __init__(self, *args, **kw):
        self._store = {}
        self.update(*args, **kw)

    def __getitem__(self, k):
        return self._store[k.lower()]

    def __setitem__(self, k, v):
        self._store[k.lower()] = v

    def __delitem__(self, k):
        del self._store[k.lower()]

    def __iter__(self):
        return iter(self._store)

    def __len__(self):
        return len(self._store)

    def __repr__(self):
        return f'Registry({self._store})'


r = Registry({'A': 1}, B=2)
r.update([('C', 3)])
print(r, r.setdefault('d', 4), r.setdefault('A', 9), r.pop('b'), r.pop('zz', 'dflt'))
try:
    r.pop('zz')
except KeyError as e:
    print('KeyError', e)
print(r.popitem(), r)
r.clear()
print(r, len(r))
try:
    r.popitem()
except KeyError as e:
    print('KeyError', repr(e))


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError('out of range')
        return i * i

    def __len__(self):
        return self.n


s = Squares(6)
print(list(s), 16 in s, 5 in s, list(reversed(s)), s.index(9), s.count(4), s[1:3])
print(s.index(16, -3), s.index(1, 0, 3))
try:
    s.index(7)
except ValueError as e:
    print('ValueError', repr(e))


class Stack(MutableSequence):
    def __init__(self, items=()):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


st = Stack([1, 2])
st.append(3)
st.extend([4, 5])
st += [6]
print(list(st), st.pop(), st.pop(0), list(st))
st.remove(3)
st.reverse()
print(list(st), st.index(4))
st.extend(st)
print(list(st))
st.clear()
print(list(st))


class IntSet(MutableSet):
    def __init__(self, it=()):
        self._s = set()
        for x in it:
            self.add(x)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)

    def __repr__(self):
        return f'IntSet({sorted(self._s)})'


a, b = IntSet([1, 2, 3]), IntSet([3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, IntSet([1]) < a, a == IntSet([3, 2, 1]), a.isdisjoint(b))
a |= [7]
a -= [1]
a ^= IntSet([2, 9])
print(a, a.pop(), a)
a.remove(7)
try:
    a.remove(100)
except KeyError as e:
    print('KeyError', e)
a &= [9]
print(a, Set._hash(IntSet([1, 2])) == Set._hash(IntSet([2, 1])), isinstance(a, Hashable))


class Count(Iterator):
    def __init__(self):
        self.i = 0

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i


print(list(Count()), iter(Count()).__class__.__name__)


class Echo(Generator):
    def send(self, v):
        if v == 'stop':
            raise StopIteration
        return v

    def throw(self, typ, val=None, tb=None):
        raise StopIteration


e = Echo()
print(next(e), e.send(5), e.close())
