# Inlined module functions (opt/inline.c) behave as calls: rebinding, monkeypatching
# from another module, defaults, errors with the callee's traceback entry, recursion.
import traceback

def scale(x, k):
    return x * k + 1

def ratio(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

def pick(a, b):
    if a > b:
        return a
    return b

def fails(d):
    return 10 // d

def with_default(a, b=5):
    return a + b

def caller():
    total = 0
    for i in range(5):
        total += scale(i, 3)
    return total

def ratios(n):
    s = 0.0
    for i in range(n):
        for j in range(n):
            s += ratio(i, j) * 2
    return s

print(caller(), ratios(20))
print(pick(3, 9), pick("b", "a"), pick(2.5, 2), pick([1], [0]))
print(with_default(1), with_default(1, 2))
print(ratio(2**70, 1), ratio(3, 0.5), ratio(True, 2))

# rebinding the global: the guard sees another function
def use_scale():
    return [scale(i, 2) for i in range(3)], scale(10, 10)
print(use_scale())
old = scale
scale = lambda x, k: ("lambda", x, k)
print(use_scale())
scale = old
print(use_scale())

# an error inside the inlined body: the callee's frame is in the traceback
def run_fails():
    return fails(0)
try:
    run_fails()
except ZeroDivisionError:
    tb = traceback.format_exc().splitlines()
    print([line.split(", ", 1)[1] for line in tb if line.startswith("  File")])
    print(tb[-1])

# types the inlined code meets: strings, lists, big ints
print(scale(2**64, 2**64), scale([1], 2) if False else scale(0.5, 3))
try:
    scale(None, 1)
except TypeError as e:
    print(e)

# recursion still works (not inlined into itself)
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(fact(25))

def call_fact():
    return fact(10) + fact(3)
print(call_fact())

def shout(s):
    return s.upper() + "!"

def greet(names):
    return [shout(n) for n in names] + [shout("x")]
print(greet(["a", "b"]))

# monkeypatching a module's function from outside: its own inlined calls see it
import _helpers_inline as h
print(h.use(3))
h.twice = lambda x: 100
print(h.use(3))
print(scale("ab", 2))
