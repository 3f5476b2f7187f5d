# randrange, randint and getrandbits: every argument form, big ranges, and CPython's
# exact error texts.
import random

random.seed(42)
print([random.randrange(10) for _ in range(20)])
print([random.randrange(5, 15) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(10)])
print([random.randrange(100, 0, -3) for _ in range(10)])
print([random.randrange(-50, -10, 4) for _ in range(10)])
print([random.randint(1, 6) for _ in range(30)])
print([random.randint(-3, 3) for _ in range(15)])
print(random.randint(5, 5), random.randrange(1), random.randrange(7, 8))
print(random.randrange(10 ** 30), random.randrange(-(10 ** 25), 10 ** 25, 3))
print(random.randint(2 ** 62, 2 ** 62 + 10), random.randint(-2 ** 70, 2 ** 70))
print(random.randrange(2 ** 64), random.randrange(2 ** 31, 2 ** 33))
print(random.randrange(start=3, stop=9), random.randrange(3, 30, step=5))
print(random.randrange(True, 5), random.randint(False, True))

for seed in (0, 1, 123456789, -7):
    random.seed(seed)
    print(seed, sum(random.randint(0, 10 ** 6) for _ in range(2000)),
          sum(random.randrange(3, 3000, 11) for _ in range(1000)))

# non-integral floats that are whole numbers still work (deprecated in 3.10)
random.seed(3)
print(random.randrange(10.0), random.randrange(2.0, 8.0), random.randint(1.0, 3.0))


def err(f, *args, **kw):
    try:
        print("ok", f(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ":", e)


err(random.randrange, 0)
err(random.randrange, -5)
err(random.randrange, 1, 1)
err(random.randrange, 5, 2)
err(random.randrange, 10 ** 20, 10)
err(random.randrange, 1, 10, 0)
err(random.randrange, 1, 10, -1)
err(random.randrange, 10, 1, 2)
err(random.randrange, 10, step=2)
err(random.randrange, 2.5)
err(random.randrange, 1, 2.5)
err(random.randrange, 1, 10, 1.5)
err(random.randrange, "5")
err(random.randint, 5, 1)
err(random.randint, 1.5, 3)
err(random.getrandbits, -1)
err(random.getrandbits, 2.0)
err(random.randbytes, -1)
