# Subclasses overriding getrandbits, random or both pick _randbelow as random.py's
# __init_subclass__ does; unbound Random methods; a SystemRandom subclass.
import random

class G(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k) ^ ((1 << k) - 1 if k else 0)

g = G(11)
print(g.randrange(1000), g.choice("abcdefg"), g.sample(range(100), 4), g.randbytes(5), g.random())
l = list(range(10)); g.shuffle(l); print(l)

class Both(random.Random):
    def random(self):
        return super().random() / 2
    def getrandbits(self, k):
        return super().getrandbits(k)

b = Both(12)
print(b.randrange(1000), b.uniform(0, 1), b.gauss(), b.choices("abc", k=4))

class F(random.Random):
    def random(self):
        return super().random() / 2

f = F(13)
print(f.randrange(1000), f.randrange(10**20), f.choice("abcdefg"), f.sample(range(50), 5))

class S(random.SystemRandom):
    pass
s = S()
print(0 <= s.randrange(5) < 5, len(s.randbytes(3)))

r = random.Random(7)
print(random.Random.random(r), random.Random.randint(r, 1, 9))
random.Random.seed(r, 7)
print(r.random())
print(random.Random.getrandbits(r, 10))
try:
    random.Random.random(5)
except TypeError as e:
    print("TypeError")
