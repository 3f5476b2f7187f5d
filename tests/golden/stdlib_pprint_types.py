# pprint: collections types, dataclasses, SimpleNamespace, recursion, readability, PrettyPrinter options and errors
import pprint, collections, dataclasses, types, io
od = collections.OrderedDict((k, list(range(k))) for k in range(1, 12))
pprint.pprint(od, width=40)
dd = collections.defaultdict(list, {'alpha': [1] * 20, 'beta': [2] * 20})
pprint.pprint(dd)
c = collections.Counter('the quick brown fox jumps over the lazy dog again and again')
pprint.pprint(c, width=40)
cm = collections.ChainMap({'a': 1, 'b': list(range(20))}, {'c': 'x' * 50})
pprint.pprint(cm, width=50)
dq = collections.deque(range(30), maxlen=40)
pprint.pprint(dq, width=40)
pprint.pprint(collections.deque(range(30)), width=40, compact=True)
pprint.pprint(collections.UserList(range(30)), width=40, compact=True)
pprint.pprint(collections.UserDict({i: str(i) * 10 for i in range(5)}), width=40)
@dataclasses.dataclass
class Point:
    x: int
    y: list
    label: str = dataclasses.field(default='pt', repr=False)
pprint.pprint(Point(1, list(range(40))))
pprint.pprint([Point(2, ['a' * 30, 'b' * 30])], width=40)
ns = types.SimpleNamespace(a=1, b='hello ' * 10, c=[1, 2, 3] * 10)
pprint.pprint(ns)
class NS(types.SimpleNamespace): pass
pprint.pprint(NS(x=list(range(25))), width=40)
r = [1, 2]
r.append(r)
print(pprint.saferepr(r).split(' with id')[0])
print(pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, {2: 3}]), pprint.isreadable(object()))
d = {'k': 1}
d['self'] = d
print(pprint.pformat(d).split(' with id')[0])
print(pprint.pformat([d, d], width=10).count('Recursion'))
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3)
print(pp.pformat([[[[1, 2]]], {'a': {'b': {'c': 1}}}]))
print(pp.isreadable([[[[1]]]]), pp.isrecursive(r), pp.isreadable((1, 2)))
s = io.StringIO()
pprint.pprint({'b': 2, 'a': 1}, stream=s, sort_dicts=False)
print(repr(s.getvalue()))
print(pp.format({'x': 1}, {}, 0, 0))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError', e)
pprint.pprint({3: 'a', 'x': 1, (1,): 2, None: 0})
pprint.pprint({1.5, 'a', 2, None, (1, 2)}, width=10)
pprint.pprint(('single' * 20,))
pprint.pprint(("a\nb\n" * 30), width=20)
pprint.pprint([1_000_000, 2.5, [123456789]], underscore_numbers=True, width=10)
pprint.pprint(list(range(100)), compact=True, width=60, indent=3)
pprint.pprint({'deep': [{'x': [1, [2, [3, [4]]]]}]}, depth=3)
pprint.pprint(frozenset(range(30)), width=40)
class MyList(list):
    def __repr__(self): return 'MyList(' + list.__repr__(self) + ')'
pprint.pprint(MyList(range(40)))
class Sub(list): pass
pprint.pprint(Sub(range(40)), compact=True)
pprint.pprint(collections.deque(), width=1)
pprint.pprint(collections.Counter(), width=1)
pprint.pprint(b'', width=1)
pprint.pprint('', width=1)
pprint.pprint([b'\x00\x01' * 20, 'é' * 5], width=30)
class E:
    def __repr__(self): return ''
print(repr(pprint.isreadable(E())), repr(pprint.PrettyPrinter().isreadable(E())), pprint.isreadable([E()]))
