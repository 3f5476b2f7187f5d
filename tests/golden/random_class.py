# random.Random instances and subclasses: independent state, a subclass overriding
# random() or getrandbits() drives every method as in random.py, and SystemRandom.
import random

a = random.Random(42)
b = random.Random(42)
print(a.random() == b.random(), a.randint(1, 100), b.randint(1, 100))
c = random.Random()
c.seed(42)
print(c.random(), random.Random(x=42).random())
random.seed(42)
print(random.random())
print(type(a).__name__, isinstance(a, random.Random), random.Random.VERSION)
a.seed("instance")
print(a.random(), a.gauss_next)
a.gauss()
print(type(a.gauss_next).__name__)
a.label = "mine"
print(a.label)


class Half(random.Random):
    def random(self):
        return 0.5


h = Half(1)
print(h.random(), h.uniform(0, 10), h.randrange(10), h.randint(1, 3), h.choice("abcde"))
print(h.choices("abcd", k=3), h.triangular(0, 1), h.expovariate(1), h.sample(range(10), 3))
x = [1, 2, 3, 4]
h.shuffle(x)
print(x)


class Bits(random.Random):
    def __init__(self, seq):
        super().__init__(0)
        self.seq = list(seq)

    def getrandbits(self, k):
        return self.seq.pop(0) % (2 ** k)


bb = Bits([7, 3, 12, 1, 0, 5])
print(bb.randrange(5), bb.randrange(5), bb.choice("xyz"))


class Counting(random.Random):
    def __init__(self, x=None):
        self.calls = 0
        super().__init__(x)

    def seed(self, a=None, version=2):
        self.calls += 1
        super().seed(a, version)


ct = Counting(9)
print(ct.calls, ct.random() == random.Random(9).random())
ct.seed(9)
print(ct.calls)


class Below(random.Random):
    def _randbelow(self, n):
        return n - 1


print(Below(3).choice([1, 2, 3]), Below(3).randrange(100))

# SystemRandom: only properties that do not depend on the draws
sr = random.SystemRandom()
v = sr.random()
print(0.0 <= v < 1.0, isinstance(sr, random.Random))
print(0 <= sr.randrange(10) < 10, 1 <= sr.randint(1, 6) <= 6, sr.choice("a"))
print(len(sr.randbytes(12)), sr.getrandbits(0), sr.getrandbits(8) < 256, sr.seed(5))
print(sorted(sr.sample(range(5), 5)))
try:
    sr.getstate()
except NotImplementedError as e:
    print("NotImplementedError:", e)

# module-level functions are the methods of one hidden instance
print(random.random.__self__ is random.randint.__self__)

# an attribute of the instance shadows the method, as in random.py
r2 = random.Random(3)
r2.random = lambda: 0.5
print(r2.uniform(0, 10), r2.choice([1, 2, 3]), r2.triangular())
del r2.random
print(r2.uniform(0, 10))


# a subclass whose __init__ never seeds draws from the all-zero state
class Unseeded(random.Random):
    def __init__(self):
        pass


u = Unseeded()
print(u.random(), u.getrandbits(40), u.randrange(1000))
u.seed(4)
print(u.random() == random.Random(4).random())
import random
r = random.Random(5)
print(r._randbelow_without_getrandbits(10), r._randbelow_without_getrandbits(-10), r._randbelow(1000), r._randbelow_with_getrandbits(7))
try:
    r._randbelow_without_getrandbits(0)
except ZeroDivisionError as e:
    print(e)
print([r._randbelow_without_getrandbits(3) for _ in range(10)])
import random
print(random.Random, random.SystemRandom, random.Random.__name__, random.Random.__module__)
print(random.__name__, random.BPF, random.RECIP_BPF, random.TWOPI, random.LOG4, random.NV_MAGICCONST, random.SG_MAGICCONST)
r = random.Random(1)
print(type(r.getstate()[1][0]).__name__, r.gauss_next)
print(random.random.__name__, random.Random.random.__name__)
r2 = random.Random()
r2.setstate(r.getstate())
print(r2.random() == r.random())
print(r.__reduce__()[0] is random.Random, r.__reduce__()[1])
from random import randint, seed, Random
seed(10); print(randint(1, 100))
class C(Random):
    pass
c = C(5)
print(c.random() == Random(5).random(), type(c).__name__)
