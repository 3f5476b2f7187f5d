import reprlib
from reprlib import Repr, recursive_repr
from collections import deque
from array import array

r = reprlib.repr
print(r("x" * 10), r("x" * 100), r("ab'c" * 20))
print(r(list(range(3))), r(list(range(20))), r(tuple(range(10))), r((1,)), r(()))
print(r(set(range(10))), r(frozenset(range(3))), r(set()), r(frozenset()))
print(r({i: str(i) for i in range(10)}), r({}), r({"b": 1, "a": 2}))
print(r(deque(range(10))), r(deque()))
print(r(array('i', range(10))), r(array('d')), r(array('b', [1, 2])))
print(r(2 ** 200), r(-(10 ** 50)), r(123))
print(r([[[[[[[[1]]]]]]]]), r([[[[[[[1]]]]]]]))
print(r({1: {2: {3: {4: {5: {6: {7: 8}}}}}}}))
print(r({1, "a", 2.0}) in ("{1, 2.0, 'a'}", "{1, 'a', 2.0}", "{'a', 1, 2.0}", "{2.0, 1, 'a'}", "{'a', 2.0, 1}", "{2.0, 'a', 1}"))
print(r(3.5), r(None), r(True))

class Long:
    def __repr__(self):
        return "L" * 50

class Broken:
    def __repr__(self):
        raise ValueError("no")

print(r(Long()))
b = r(Broken())
print(b.startswith("<Broken instance at 0x"), b.endswith(">"))

a = Repr()
print(a.maxlevel, a.maxtuple, a.maxlist, a.maxarray, a.maxdict, a.maxset,
      a.maxfrozenset, a.maxdeque, a.maxstring, a.maxlong, a.maxother, a.fillvalue)
a.maxlist = 2
a.maxstring = 10
a.maxlong = 8
a.maxlevel = 2
a.fillvalue = "<+>"
print(a.repr([1, 2, 3]), a.repr("abcdefghijklmnop"), a.repr(10 ** 20), a.repr([[[1]]]), a.repr({1: {2: {3: 4}}}))
a.maxstring = 2
a.maxlong = 1
print(a.repr("abcdefgh"), a.repr(123456))

class MyRepr(Repr):
    def repr_float(self, x, level):
        return "F(%g)" % x
print(MyRepr().repr([1.5, 2.25, "s"]))

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @recursive_repr()
    def __repr__(self):
        "node repr"
        return "<%s %r>" % (self.name, self.children)

n = Node("a")
n.children.append(n)
n.children.append(Node("b"))
print(repr(n))
print(Node.__repr__.__name__, Node.__repr__.__doc__, Node.__repr__.__qualname__)

class Bag(list):
    @recursive_repr("<loop>")
    def __repr__(self):
        return "Bag(" + ", ".join(map(repr, self)) + ")"

bag = Bag([1])
bag.append(bag)
print(repr(bag))
print(reprlib.__all__, reprlib.aRepr.maxlist)
