from graphlib import TopologicalSorter, CycleError
import graphlib

graph = {"D": ["B", "C"], "C": ["A"], "B": ["A"]}
print(list(TopologicalSorter(graph).static_order()))
print(tuple(TopologicalSorter({2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]}).static_order()))

ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(5)
ts.add(3, 4)
ts.prepare()
print(bool(ts), ts.is_active())
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(ready)
    print("ready", ready)
    ts.done(*ready)
print(rounds, ts.get_ready(), bool(ts))

def show_error(f):
    try:
        f()
    except CycleError as e:
        print("CycleError", e.args[0], e.args[1], str(e) == str(e.args), isinstance(e, ValueError))
    except ValueError as e:
        print(type(e).__name__, e)

show_error(lambda: TopologicalSorter({1: [2], 2: [3], 3: [1]}).prepare())
show_error(lambda: TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["d"], "d": ["b"], "e": ["a"]}).prepare())
show_error(lambda: TopologicalSorter({1: [1]}).prepare())
show_error(lambda: list(TopologicalSorter({1: [2], 2: [1], 0: []}).static_order()))
show_error(lambda: TopologicalSorter({"x": ["y", "z"], "z": ["w"], "w": ["x"], "y": []}).prepare())

ts = TopologicalSorter({1: [2], 2: [1], 3: [], 4: [3]})
try:
    ts.prepare()
except CycleError as e:
    print("cycle", e.args)
print(ts.get_ready())
ts.done(3)
print(ts.get_ready(), ts.is_active())
ts.done(4)
print(ts.get_ready(), ts.is_active())

ts = TopologicalSorter()
show_error(ts.get_ready)
show_error(ts.is_active)
show_error(ts.done)
ts.add("a", "b")
ts.prepare()
show_error(ts.prepare)
show_error(lambda: ts.add("c"))
show_error(lambda: ts.done("zz"))
show_error(lambda: ts.done("a"))
print(ts.get_ready())
ts.done("b")
show_error(lambda: ts.done("b"))
print(ts.get_ready())
ts.done("a")
print(ts.is_active())
try:
    TopologicalSorter().add([1], 2)
except TypeError as e:
    print(type(e).__name__, e)
print(TopologicalSorter[int])
print(graphlib.__all__)
TopologicalSorter({"p": ["q"], "q": ["p"]}).prepare()
