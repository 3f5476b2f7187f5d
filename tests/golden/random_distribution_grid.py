# Every distribution over a grid of parameters (alpha near 1, tiny and huge kappa, ...),
# 200 seeded generators: CPython 3.11's floats.
import random
R = random.Random
for seed in range(200):
    g = R(seed)
    a = g.choice([0.05, 0.3, 0.999, 1.0, 1.0001, 2, 7.5, 50])
    b = g.choice([0.05, 0.3, 1, 2.5, 100])
    mu = g.uniform(-10, 10)
    row = [g.gammavariate(a, b), g.betavariate(a, b), g.vonmisesvariate(mu, g.choice([0, 1e-6, 1e-5, 0.5, 3, 500])),
           g.weibullvariate(b, a), g.paretovariate(a), g.lognormvariate(mu / 10, b / 10), g.normalvariate(mu, b),
           g.gauss(mu, b), g.gauss(), g.expovariate(a), g.triangular(mu, b, a), g.triangular(b, mu),
           g.uniform(mu, b), g.randrange(-seed - 1, seed * 3 + 2, g.choice([1, 2, 3, 5]) if seed % 2 else 1) if True else 0]
    print(seed, row)
