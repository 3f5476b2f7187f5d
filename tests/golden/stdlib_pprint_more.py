# pprint: dataclasses (generated, hidden and custom reprs, recursion), PrettyPrinter.format overrides, pp, compact packing, str/bytes wrapping, collections, depth, _dispatch extension, argument errors
import pprint, dataclasses, collections, sys
@dataclasses.dataclass
class Node:
    name: str
    children: list = dataclasses.field(default_factory=list)
@dataclasses.dataclass(repr=False)
class Hidden:
    data: list
@dataclasses.dataclass
class Custom:
    data: list
    def __repr__(self):
        return 'Custom(%d items)' % len(self.data)
tree = Node('root', [Node('child%d' % i, [Node('leaf%d' % j) for j in range(2)]) for i in range(3)])
pprint.pprint(tree)
pprint.pprint(tree, width=40, depth=2)
pprint.pprint({'custom': Custom(list(range(50))), 'lst': [Custom([1])] * 3}, width=30)
h = Hidden(list(range(40)))
print(pprint.pformat(h).startswith('<'))
n = Node('loop')
n.children.append(n)
print(pprint.pformat(n, width=20).split(" with id")[0])
print(dataclasses.is_dataclass(Node), pprint.pformat(Node, width=5))
class Sorted(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return object.upper(), True, False
        return super().format(object, context, maxlevels, level)
Sorted(width=30).pprint({'alpha': ['beta', 'gamma', 'delta' * 4], 'x': 'y'})
pprint.pp([{'b': 1, 'a': 2}] * 3, width=20)
pprint.pp({'b': 1, 'a': 2}, sort_dicts=True)
pprint.pprint({i: {j: 'v' * j for j in range(4)} for i in range(4)}, indent=3, width=40)
words = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing', 'elit'] * 4
pprint.pprint(words, compact=True, width=45)
pprint.pprint([words[:5], [words[:3], words]], compact=True, width=40)
pprint.pprint(tuple(range(25)), compact=True, width=30)
pprint.pprint([[1, 2, 3]] * 8, compact=True, width=30)
pprint.pprint(collections.OrderedDict(), width=1)
pprint.pprint({'s': 'a very long string that goes past the width of the printer ' * 2, 'n': 1}, width=40)
pprint.pprint('x' * 100, width=20)
pprint.pprint(['averyveryveryverylongwordwithoutspaces' * 3], width=30)
pprint.pprint({'k': b'\xff\xfe' * 30}, width=40)
pprint.pprint(collections.defaultdict(int, {'x' * 30: 1, 'y' * 30: 2}), width=40)
pprint.pprint(collections.Counter({'word%d' % i: i for i in range(10)}), indent=4, width=40)
pprint.pprint(collections.ChainMap({}, {'a': list(range(30))}), width=40)
pprint.pprint(collections.deque([list(range(10))] * 3, maxlen=5), width=30)
pprint.pprint([-1, 10**20, 3.14159, 1e100, complex(1, 2), True, None, ...], underscore_numbers=True, width=20)
print(pprint.saferepr({'b': [1, 2], 'a': (3,)}), pprint.saferepr(collections.OrderedDict(a=1)))
print(pprint.isreadable({'a': int}), pprint.isreadable(1.5), pprint.isrecursive([[]]))
p = pprint.PrettyPrinter(depth=1)
print(p.pformat({'a': [1], 'b': {}}), p.pformat(([1],)), p.isreadable([[1]]))
pprint.pprint(list(range(5)), stream=sys.stdout, width=5, indent=0)
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return 'Point(%r, %r)' % (self.x, self.y)
def pprint_point(printer, obj, stream, indent, allowance, context, level):
    stream.write('Point(\n' + ' ' * (indent + 1))
    printer._format(obj.x, stream, indent + 1, 1, context, level)
    stream.write(',\n' + ' ' * (indent + 1))
    printer._format(obj.y, stream, indent + 1, allowance + 1, context, level)
    stream.write(')')
class PointPrinter(pprint.PrettyPrinter):
    _dispatch = dict(pprint.PrettyPrinter._dispatch)
    _dispatch[Point.__repr__] = pprint_point
PointPrinter(width=20).pprint([Point(list(range(5)), 'y' * 10)])
pprint.pprint([Point(list(range(5)), 'y' * 10)], width=20)
for f in [lambda: pprint.pformat(), lambda: pprint.PrettyPrinter(width='x'), lambda: pprint.pprint(1, badkw=1),
          lambda: pprint.PrettyPrinter(1, 80, None, None, True), lambda: pprint.PrettyPrinter(depth=-2)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(Node.__repr__.__qualname__, Node.__repr__.__wrapped__.__qualname__)
