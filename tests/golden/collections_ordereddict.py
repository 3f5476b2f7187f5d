# collections.OrderedDict: a dict subclass with an order-sensitive == between two
# OrderedDicts, popitem(last), move_to_end and its own repr.
from collections import OrderedDict

od = OrderedDict([("a", 1), ("b", 2)])
od["c"] = 3
print(od, len(od), list(od), isinstance(od, dict), type(od).__name__)
print(od == OrderedDict([("a", 1), ("b", 2), ("c", 3)]), od == OrderedDict([("b", 2), ("a", 1), ("c", 3)]))
print(od == {"c": 3, "b": 2, "a": 1}, {"c": 3, "b": 2, "a": 1} == od, od != OrderedDict(od))
od.move_to_end("a"); print(od)
od.move_to_end("a", last=False); print(od)
od.move_to_end("c", False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), repr(OrderedDict(x=1)), str(OrderedDict(y=[1])))
od2 = OrderedDict.fromkeys("xyz", 0)
print(od2, type(od2).__name__)
del od2["y"]; od2["y"] = 5; print(list(od2.items()))
for bad in (lambda: OrderedDict().popitem(), lambda: OrderedDict(a=1).move_to_end("zz"),
            lambda: OrderedDict(a=1)["b"]):
    try:
        bad()
    except (KeyError, TypeError) as ex:
        print(type(ex).__name__, ex)
