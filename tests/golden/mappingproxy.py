# types.MappingProxyType and class __dict__: a live read-only view (reads, |, copy, errors), enum __members__
import types
class C:
    x = 1
    def m(self): pass
d = C.__dict__
print(type(d).__name__, type(d) is types.MappingProxyType, 'x' in d, d['x'], len(d) > 2)
C.y = 2
print('y' in d, d.get('y'), d.get('zz', 'no'), sorted(k for k in d if not k.startswith('__')))
try:
    d['z'] = 3
except TypeError as e:
    print(e)
try:
    del d['x']
except TypeError as e:
    print(e)
p = types.MappingProxyType({'a': 1, 'b': 2})
print(p, repr(p), str(p), p == {'a': 1, 'b': 2}, p != {'a': 1})
print(p | {'c': 3}, {'z': 0} | p, p.copy(), list(p.keys()), list(p.values()), list(p.items()), list(reversed(p)))
try:
    p |= {'c': 3}
except TypeError as e:
    print(e)
for bad in ([1, 2], (1,), 5, "abc"):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print(e)
print(types.MappingProxyType(p), len(p), 'a' in p, list(iter(p)))
try:
    hash(p)
except TypeError as e:
    print(e)
print(vars(C)['x'], type(vars(C)).__name__)
import enum
class Color(enum.Enum):
    RED = 1
print(type(Color.__members__).__name__)
