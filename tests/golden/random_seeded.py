# random with a seed draws CPython's numbers (the same Mersenne Twister and seeding):
# random, getrandbits, randrange, randint, choice, shuffle, uniform; and its errors.
import random

for seed in (42, 0, -7, 2**100 + 12345, 123456789):
    random.seed(seed)
    print(seed, random.random(), random.getrandbits(8), random.getrandbits(40), random.getrandbits(100))
    print(random.randint(1, 6), random.randrange(10), random.randrange(5, 100, 7), random.randrange(10, 0, -3),
          random.randint(-10**20, 10**20), random.getrandbits(0))
    l = list(range(10))
    random.shuffle(l)
    print(l, random.choice("abcdef"), random.choice([None]), random.uniform(1, 2))
random.seed()
x = random.random()
print(0.0 <= x < 1.0, random.randrange(1) == 0)
for f in (lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 5, 0),
          lambda: random.choice([]), lambda: random.getrandbits(-1), lambda: random.randint(1.5, 3)):
    try:
        print(f())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__)
