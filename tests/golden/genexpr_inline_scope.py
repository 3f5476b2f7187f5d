# Generator expressions folded into sum/any/min/list/...: CPython's scoping and order of
# evaluation, closures over the expression's variables, PEP 479, tracebacks, rebinding.
import sys

def trace(label, value):
    print("  eval", label)
    return value

class Loud:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        print("  iter() called")
        return iter(self.items)

# the first iterable, and iter() on it, come before the other arguments; the rest lazily
print(sum((x for x in trace("first", Loud([1, 2]))), trace("start", 10)))
print(max((x + y for x in trace("outer", [1, 2]) for y in trace("inner", [10])), key=trace("key", None)))
try:
    sum(x for x in 5)
except TypeError as e:
    print("TypeError", e)

# the loop variable does not leak; outer names are read, not rebound
x = "outer x"
print(sum(x for x in range(4)), x)
def f():
    y = 7
    total = sum(y * i for i in range(3))
    return total, y
print(f())
try:
    print(list(i for i in range(2)), i)
except NameError as e:
    print("NameError", e)

# walrus binds in the enclosing scope
print(any((last := v) > 2 for v in [1, 2, 3, 4]), last)

# closures see the expression's single variable (its own scope, one cell)
fs = list(lambda: v for v in range(3))
print([g() for g in fs])
print(sum(g() for g in list(lambda: v for v in range(3))))
print(list((lambda v=v: v)() for v in range(3)))

# PEP 479: a StopIteration inside becomes RuntimeError
it = iter([])
calls = [lambda: sum(next(it) for _ in range(2)), lambda: any(next(it) for _ in range(2)),
         lambda: all(next(it) for _ in range(2)), lambda: max(next(it) for _ in range(2)),
         lambda: min((x for x in [1] if next(it)), default=0), lambda: list(next(it) for _ in range(2)),
         lambda: tuple(x for x in range(2) for y in next(it)), lambda: set(next(it) for _ in range(2))]
for call in calls:
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__cause__).__name__)
    except StopIteration:
        print("StopIteration escaped")

class StopAdd:
    def __radd__(self, other):
        raise StopIteration("from __add__")
try:
    sum(StopAdd() for _ in range(1))
except StopIteration as e:
    print("StopIteration from the builtin:", e)

# tracebacks name the generator expression's frame and line
def fail(n):
    return sum(10 // (n - k)
               for k in range(3))
try:
    fail(1)
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    while tb:
        print("  frame", tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next

# the name is looked up when the call runs: rebinding builtins is obeyed
import builtins
real_sum, real_any = builtins.sum, builtins.any
def counting_sum(iterable, start=0):
    print("  counting_sum got", type(iterable).__name__)
    return real_sum(iterable, start)
builtins.sum = counting_sum
builtins.any = lambda it: "fake any"
print(sum(x for x in range(4)), any(x for x in [1]))
builtins.sum, builtins.any = real_sum, real_any
print(sum(x for x in range(4)), any(x for x in [1]))

def shadowed():
    max = lambda g: "local max saw " + type(g).__name__
    return max(x for x in range(3))
print(shadowed())

# several for and if clauses
print(sum(x * y for x in range(5) if x % 2 for y in range(x) if y != 1))
print(list((a, b, c) for a in range(3) for b in range(a) if a + b > 1 for c in "xy" if c != "x"))

# a generator expression in a class body sees class names only in its first iterable
class C:
    data = [1, 2, 3]
    total = sum(d * 2 for d in data)
print(C.total)
