# Returns that need no frame slot (compiler/emit_frameless.c): a function whose path
# to a return neither calls nor raises skips the slot on that path.  The recursion
# limit, tracebacks, frames and threads must not notice.
import sys
import threading
import traceback

def down(n):
    if n <= 0:
        return 0
    return down(n - 1) + 1

def ident(x):
    return x

def leaf(x):
    if x is None:
        return 0
    for _ in range(2):  # a loop: never inlined, called directly
        x += 1
    return x

def nest(n):
    if n == 0:
        return leaf(None)
    return nest(n - 1)

ident_by_another_name = ident

def nest_generic(n):
    if n == 0:
        return ident_by_another_name(n)
    return nest_generic(n - 1)

def deepest(f, limit):
    sys.setrecursionlimit(limit)
    ok = -1
    for n in range(limit + 5):
        try:
            f(n)
            ok = n
        except RecursionError as e:
            tb = traceback.extract_tb(e.__traceback__)
            print(f.__name__, n, [(t.name, t.lineno) for t in tb[-2:]], str(e))
            break
    sys.setrecursionlimit(1000)
    return ok

print(deepest(down, 100), deepest(down, 57), deepest(nest, 60), deepest(nest, 10), deepest(nest_generic, 30))
print(leaf(1), ident([1]))

def pick(a, b):
    if a is None:
        return b
    return a.real

print(pick(None, 5), pick(3, 4))
try:
    pick("x", 1)
except AttributeError as e:
    print("AttributeError:", e, [(t.name, t.lineno) for t in traceback.extract_tb(e.__traceback__)])

def frames(n):
    if n < 1:
        return n
    fr = sys._getframe()
    return (fr.f_code.co_name, fr.f_lineno, fr.f_back.f_code.co_name, frames(n - 1))

print(frames(3))

def zero(n):
    if n < 0:
        return n
    return 1 // (n - n)

print(zero(-4))
try:
    zero(2)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, [(t.name, t.lineno) for t in traceback.extract_tb(e.__traceback__)])

class Box:
    def get(self, x=None):
        if x is None:
            return self
        return x.missing

b = Box()
print(b.get() is b, Box.get(b, None) is b)
try:
    b.get(1)
except AttributeError as e:
    print("AttributeError:", e)

def many(*args, **kw):
    return args

print(many(1, 2, k=3))

out = []
t = threading.Thread(target=lambda: out.append(ident(7)))
t.start()
t.join()
t = threading.Thread(target=ident, args=(8,))
t.start()
t.join()
print(out)

sys.setrecursionlimit(20000)
print(down(15000))
sys.setrecursionlimit(1000)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(20), fib(True), fib(2.0), fib(-(2 ** 70)))
saved = fib
def fib(n):
    return -n
print(saved(5))
