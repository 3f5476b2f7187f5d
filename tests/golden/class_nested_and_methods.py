class Outer:
    class Inner:
        def __init__(self, v):
            self.v = v
        def get(self):
            return self.v * 2
    def make(self, v):
        return Outer.Inner(v)
o = Outer()
i = o.make(21)
print(i.get(), type(i).__name__, type(i).__qualname__)
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, x):
        self.ops.append("add%d" % x)
        return self
    def mul(self, x):
        self.ops.append("mul%d" % x)
        return self
print(Chain().add(1).mul(2).add(3).ops)
class Cnt:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
c = Cnt()
f = c.inc
f(); f()
print(c.n, f.__self__ is c, f.__func__ is Cnt.inc, f.__name__)
bound = [c.inc for _ in range(3)]
for b in bound:
    b()
print(c.n)
def external(self, k):
    return "external %s %d" % (type(self).__name__, k)
Cnt.ext = external
print(c.ext(5))
c.inst_fn = lambda k: k * 3
print(c.inst_fn(4))
class WithClassBody:
    values = [1, 2, 3]
    total = sum(values)
    doubled = [v * 2 for v in values]
    name = "W" + str(total)
print(WithClassBody.total, WithClassBody.doubled, WithClassBody.name)
