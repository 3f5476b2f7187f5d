# collections: defaultdict, Counter, ChainMap, UserDict/UserList/UserString (written in
# Tauraro over the C deque/OrderedDict/namedtuple), the spec's example first.
from collections import defaultdict, Counter, deque
import collections
import collections.abc

dd = defaultdict(int)
dd["count"] += 1  # No KeyError
dd = defaultdict(list)
dd["items"].append(1)  # Creates list automatically
words = ["apple", "banana", "apple", "cherry", "banana", "apple"]
counter = Counter(words)
print(counter["apple"])  # 3
print(counter.most_common(2))  # [('apple', 3), ('banana', 2)]
dq = deque([1, 2, 3])
dq.append(4)
dq.appendleft(0)
print(dq.pop(), dq.popleft(), dq)

# defaultdict
d = defaultdict(list, {"a": [1]}, b=[2])
d["c"].append(3)
print(d, d.default_factory, isinstance(d, dict), d == {"a": [1], "b": [2], "c": [3]})
e = defaultdict()
try:
    e["missing"]
except KeyError as ex:
    print("KeyError", ex)
print(repr(e), e.get("x"), "x" in e)
try:
    defaultdict(5)
except TypeError as ex:
    print(ex)
c = d.copy()
c["z"].append(0)
print(type(c).__name__, sorted(c), sorted(d))
print(defaultdict(int, a=1) | {"b": 2}, {"b": 2} | defaultdict(int, a=1))
class MyDD(defaultdict):
    pass
print(MyDD(set), MyDD(None, x=1))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(dict(nested["x"]), len(nested))
try:
    d.attr = 1
except AttributeError as ex:
    print("AttributeError")
import copy
dc = copy.deepcopy(d)
print(dc, dc.default_factory is list, dc["new"])

# Counter
c = Counter("abracadabra")
print(c, c.total(), c["z"], len(c))
print(c.most_common(), c.most_common(0), c.most_common(-1), c.most_common(3))
print(sorted(c.elements()), list(Counter(a=2, b=-1).elements()))
c.update("aaz")
c.update({"b": 10})
c.subtract(a=1, r=5)
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2, c=-1), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=2, b=0, c=-3), -Counter(a=2, b=0, c=-3))
x = Counter(a=1)
x += Counter(a=2, b=-1)
x -= Counter(c=1)
print(x, x == Counter(a=3), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1))
del x["nothere"]
print(x, Counter(), repr(Counter({})), Counter({"x": 2}) == {"x": 2})
try:
    Counter.fromkeys("ab")
except NotImplementedError as ex:
    print(ex)
try:
    hash(Counter())
except TypeError as ex:
    print(ex)
print(Counter({1: "a"}) if False else Counter([1, 2, 2]).copy(), isinstance(Counter(), dict))
word_counts = Counter()
for w in "the quick brown fox jumps over the lazy dog the end".split():
    word_counts[w] += 1
print(word_counts.most_common(2), sum(word_counts.values()))

# ChainMap
base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = collections.ChainMap(over, base)
print(cm["a"], cm["b"], cm["c"], len(cm), list(cm), sorted(cm.items()), cm.get("q", 0), "a" in cm)
cm["d"] = 4
print(over, cm.maps[1] is base, cm)
child = cm.new_child({"a": 100})
print(child["a"], child.parents["a"], child.parents.parents)
try:
    del cm["a"]
except KeyError as ex:
    print("KeyError", ex)
print(cm.pop("d"), dict(cm), bool(collections.ChainMap()), collections.ChainMap())

# UserDict, UserList, UserString
class Lower(collections.UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
u = Lower({"A": 1}, B=2)
print(u, u["a"], len(u), sorted(u.keys()), u.data, isinstance(u, collections.abc.MutableMapping))
ul = collections.UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], len(ul), ul == [0, 1, 2, 3])
us = collections.UserString("Hello")
print(us.upper(), us + "!", us[1:3], len(us), "ell" in us, us.split("l"), type(us.lower()).__name__)
print(collections.OrderedDict(a=1), collections.namedtuple("P", "x y")(1, 2), sorted(collections.__all__))
