# The real-valued distributions of random.py, several seeds each: CPython's floats.
import random

for seed in (0, 42, 2 ** 40 + 3, "dist"):
    random.seed(seed)
    print("seed", repr(seed))
    print(" uniform", random.uniform(1, 10), random.uniform(-2.5, 2.5), random.uniform(5, 5), random.uniform(10, 1))
    print(" triangular", random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 2),
          random.triangular(3, 3, 3), random.triangular(high=5, low=1, mode=4))
    print(" gauss", [random.gauss() for _ in range(5)], random.gauss(100, 15), random.gauss(mu=1, sigma=0.1))
    print(" normalvariate", [random.normalvariate() for _ in range(3)], random.normalvariate(10, 2))
    print(" lognormvariate", random.lognormvariate(0, 1), random.lognormvariate(1.5, 0.25))
    print(" expovariate", random.expovariate(1), random.expovariate(0.5), random.expovariate(-2))
    print(" vonmises", random.vonmisesvariate(0, 0), random.vonmisesvariate(1, 4), random.vonmisesvariate(3, 0.5),
          random.vonmisesvariate(-2, 50))
    print(" gamma", random.gammavariate(0.5, 1), random.gammavariate(1.0, 3), random.gammavariate(2.5, 2),
          random.gammavariate(0.1, 0.5), random.gammavariate(100, 1))
    print(" beta", random.betavariate(2, 3), random.betavariate(0.5, 0.5), random.betavariate(10, 1))
    print(" pareto", random.paretovariate(1), random.paretovariate(3.5))
    print(" weibull", random.weibullvariate(1, 1), random.weibullvariate(2, 0.5))

random.seed(1)
print(sum(random.gauss(0, 1) for _ in range(5000)))
print(sum(random.gammavariate(0.7, 2) for _ in range(2000)))
print(sum(random.betavariate(2, 5) for _ in range(2000)))
print(sum(random.vonmisesvariate(1, 1) for _ in range(2000)))
print(sum(random.expovariate(3) for _ in range(2000)))


def err(f, *args, **kw):
    try:
        print("ok", f(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ":", e)


err(random.gammavariate, 0, 1)
err(random.gammavariate, 1, -1)
err(random.betavariate, -1, 1)
err(random.expovariate, 0)
err(random.paretovariate, 0)
err(random.weibullvariate, 1, 0)
