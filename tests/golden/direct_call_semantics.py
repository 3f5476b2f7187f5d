# calls of module-level functions compiled as direct C calls keep Python's semantics
import sys

def add(a, b):
    return a + b

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def with_default(a, b=10):
    return a * b

print(add(1, 2), add("x", "y"), add([1], [2]))
print(fact(25))
print(with_default(3, 4), with_default(3))

# rebinding the global: later calls go to the new function
def use_add():
    return add(2, 3)
print(use_add())
def swap():
    global add
    add = lambda a, b: a - b
swap()
print(use_add())

# rebinding to a non-function callable, then to a builtin
class Adder:
    def __call__(self, a, b):
        return ("called", a, b)
add = Adder()
print(use_add())
add = max
print(use_add())

# the defaults live in the function object: changing them is seen
print(with_default(2, 5))
with_default.__defaults__ = (100,)
print(with_default(2), with_default(2, 5))

# a function replaced by one with another code object but the same name
def greet(name):
    return "hello " + name
def call_greet():
    return greet("ann")
print(call_greet())
def greet(name):
    return "bye " + name
print(call_greet())

# errors raised inside directly called functions carry their traceback
def boom(x):
    return 1 // x
def outer(x):
    return boom(x) + 1
import traceback
try:
    outer(0)
except ZeroDivisionError as e:
    text = traceback.format_exc()
    print("ZeroDivisionError", e, [l.strip() for l in text.splitlines() if l.strip().startswith("return")])

# wrong argument counts still raise CPython's errors
def two(a, b):
    return a, b
for args in ((), (1,), (1, 2, 3)):
    try:
        print(two(*args))
    except TypeError as e:
        print("TypeError", e)
try:
    two(1)
except TypeError as e:
    print("TypeError", e)
try:
    two(1, 2, 3)
except TypeError as e:
    print("TypeError", e)

# annotated parameters are still checked on the direct path
def typed(x: int, y: float) -> float:
    return x * y
print(typed(3, 2.5), typed(True, 2))

# mutual recursion and deep recursion through direct calls
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(300), is_odd(301), is_even(7))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError", e)

# a function that rebinds itself while running
def once(n):
    global once
    once = lambda n: n * 1000
    return n
print(once(1), once(2))

# calls with keywords and unpacking take the ordinary path, with the same results
def kw(a, b, c=3):
    return (a, b, c)
print(kw(1, 2), kw(1, b=2), kw(*[1, 2], c=4), kw(**{"a": 1, "b": 2}))

# a generator function and a coroutine function called directly by name
def gen(n):
    yield from range(n)
print(list(gen(4)))

def closure_maker(k):
    def inner(x):
        return x + k
    return inner
inc = closure_maker(1)
print(inc(41))

# many arguments, callee rebound: the ordinary call gets the right callee and arguments
def eight(a, b, c, d, e, f, g, h):
    return a + b + c + d + e + f + g + h
def call_eight():
    return eight(1, 2, 3, 4, 5, 6, 7, 8)
print(call_eight())
eight = lambda *args: ("rebound", args)
print(call_eight())
