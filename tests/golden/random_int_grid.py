# randrange over big and negative ranges and steps, sample/choices/shuffle of tuples, a list
# subclass and bytearrays, 300 seeded generators: CPython 3.11's draws.
import random
class L(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i)
out = []
for seed in range(300):
    g = random.Random(seed ^ 0x5bd1e995)
    start = g.randint(-10 ** g.randint(0, 30), 10 ** g.randint(0, 30))
    width = g.randint(1, 10 ** g.randint(0, 30))
    step = g.choice([1, -1, 2, -3, 7, 10 ** 12, -(10 ** 15)])
    stop = start + width if step > 0 else start - width
    try:
        v = g.randrange(start, stop, step)
    except ValueError as e:
        v = str(e)
    n = g.randint(0, 120)
    pop = L(range(n)) if seed % 3 == 0 else tuple(range(n))
    k = g.randint(0, n)
    s1 = g.sample(pop, k)
    s2 = g.choices(pop, k=3) if n else []
    s3 = g.choices(pop, [((i * 7919) % 13) + 0.5 for i in range(n)], k=3) if n else []
    x = L(range(g.randint(0, 30)))
    g.shuffle(x)
    ba = bytearray(range(g.randint(0, 20)))
    g.shuffle(ba)
    print(seed, v, sum(s1), s1[:5], s2, s3, x, bytes(ba), g.randint(-5, 5), g.getrandbits(g.randint(0, 200)))
