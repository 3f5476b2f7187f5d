# A method's call of its own name (self.fib(n - 1)) goes straight to the method while
# the call site's cache says obj.fib is the function running; everything else must
# still dispatch as Python does: subclass overrides, instance attributes, a class
# attribute replaced at run time (also mid-recursion), other receivers, bools, floats,
# big ints and int subclasses, the recursion limit, tracebacks.
import sys
import traceback


class F:
    def fib(self, n):
        if n < 2:
            return n
        return self.fib(n - 1) + self.fib(n - 2)

    def grow(self, n):  # the sum leaves the small-int range near the top
        if n == 0:
            return 2**62 - 5
        return self.grow(n - 1) + 1

    def shrink(self, n):
        if n == 0:
            return -(2**62) + 5
        return self.shrink(n - 1) - 1

    def deep(self, n):
        self.reached = n  # an attribute store changes the instance's shape on the way
        return self.deep(n + 1)

    def fail(self, n):
        if n == 0:
            return 1 // n
        return self.fail(n - 1) + 1


class G(F):
    def fib(self, n):  # F.fib's self.fib reaches this one for a G
        return 100 if n < 2 else F.fib(self, n)


f = F()
print(f.fib(20), G().fib(6))
print(f.grow(10), f.shrink(10), f.grow(3) - f.shrink(3))

# an instance attribute shadows the method: F.fib's own call finds it
g = F()
g.fib = lambda n: -1
print(F.fib(g, 5), g.fib(5))

# another class holding the same function: the same body runs
class H:
    fib = F.fib
print(H().fib(10))

# bools, floats, big ints, an int subclass with its own operators
class Odd(int):
    def __sub__(self, other):
        return Odd(int(self) - other - 1)
    def __lt__(self, other):
        return int(self) < other
print(f.fib(True), f.fib(False), f.fib(7.0), f.fib(2**64 - 2**64 + 9), f.fib(Odd(10)))

# the class attribute replaced once the caches are warm, then mid-recursion
print(f.fib(10))
def other(self, n):
    return n * 1000
F.fib = other
print(F.__dict__["fib"](f, 3), f.fib(3))
def first(self, n):
    if n == 3:
        F.fib = other
    return n if n < 2 else first(self, n - 1) + self.fib(n - 2)
F.fib = first
print(f.fib(6))

class R:
    def walk(self, n):
        if n == 3:
            R.walk = lambda self, n: 1000 + n
        if n == 0:
            return 0
        return self.walk(n - 1) + n
print(R().walk(5), R().walk(5))

# the recursion limit: CPython's depth and message
for limit in (60, 200, 1000):
    sys.setrecursionlimit(limit)
    d = F()
    try:
        d.deep(0)
    except RecursionError as e:
        print(limit, d.reached, e)
sys.setrecursionlimit(1000)

# a traceback through recursive method calls
try:
    f.fail(3)
except ZeroDivisionError:
    for fs in traceback.extract_tb(sys.exc_info()[2]):
        print(fs.name, fs.lineno, fs.line)

# plain functions: a sum past 2**62 from a recursive function, and the rebound global
def acc(n):
    if n == 0:
        return 2**62 - 3
    return acc(n - 1) + 1
print(acc(6), type(acc(6)).__name__)
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(25))
old = fact
fact = lambda n: 0
print(old(5))

# + and - at the small-int range's ends, on values the compiler does not see
vals = [0, 1, -1, 2**62 - 1, 2**62, -(2**62), -(2**62) - 1, 2**61, -(2**61), 2**63, -(2**63), 3]
out = []
for a in vals:
    for b in vals:
        c = a
        c += b
        e = a
        e -= b
        out.append((a + b, a - b, c, e))
print(len(out), sum(x[0] for x in out), sum(x[1] for x in out), out[:5] == out[:5], out[40], out[77])
print(all(x[0] == x[2] and x[1] == x[3] for x in out))
print(True + 1, 1 - True, 2**62 - 1 + True, -(2**62) - True, 1.5 + 1, 1 - 0.5)

f.fail(2)
