# The class layout of CPython: random.Random over _random.Random, whose C methods (seed,
# getstate, setstate without random.py's layer) are reachable through __bases__.
import random
print(random.Random.__mro__)
print(random.SystemRandom.__mro__)
print(random.Random.__bases__, random.Random.__module__, random.Random.__bases__[0].__module__)
print("random" in random.Random.__dict__, "seed" in random.Random.__dict__, "_randbelow" in random.Random.__dict__)
b = random.Random.__bases__[0]
r = random.Random(0)
b.seed(r, 12)
print(r.random(), random.Random(12).random())
st = b.getstate(r)
print(len(st), st[-1])
b.setstate(r, st)
print(r.random())
class V(random.Random):
    VERSION = 7
print(V(1).getstate()[0])
