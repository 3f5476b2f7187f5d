# choice, shuffle, sample (the pool and the set paths, counts=) and choices (plain,
# weights, cum_weights) with CPython 3.11's results and error texts.
import random

random.seed(42)
print([random.choice("abcdefghij") for _ in range(15)])
print(random.choice([1]), random.choice((5, 6, 7)), random.choice(range(10, 20)), random.choice(b"xyz"))
lst = list(range(30))
random.shuffle(lst)
print(lst)
words = ["alpha", "beta", "gamma", "delta"]
random.shuffle(words)
print(words)
ba = bytearray(b"abcdefgh")
random.shuffle(ba)
print(ba)
one = [1]
random.shuffle(one)
print(one)
empty = []
random.shuffle(empty)
print(empty)

# sample: k small against n (set path) and large (pool path)
for seed in (1, 2, 3):
    random.seed(seed)
    print(random.sample(range(1000), 5), random.sample(range(10), 10), random.sample(range(100), 30))
    print(random.sample("abcdefgh", 3), random.sample((1, 2, 3, 4, 5, 6, 7), 7), random.sample(range(10 ** 12), 4))
    print(random.sample(range(50), 0), random.sample(list(range(26)), 6), random.sample(range(22), 6))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample("abc", counts=[10, 1, 5], k=16))
print(random.sample(population=range(20), k=4))

# choices
random.seed(7)
print(random.choices("abc"), random.choices("abcd", k=10), random.choices(range(100), k=6))
print(random.choices(["x", "y", "z"], [10, 1, 1], k=12))
print(random.choices(["x", "y", "z"], weights=[0.5, 0.25, 0.25], k=8))
print(random.choices(["x", "y", "z"], cum_weights=[1, 1, 5], k=8))
print(random.choices("ab", k=0), random.choices("ab", k=-3))
print(random.choices([1, 2, 3], [0, 0, 1], k=5))
random.seed(8)
counts = {}
for c in random.choices("abcde", [5, 4, 3, 2, 1], k=3000):
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items()))


def err(f, *args, **kw):
    try:
        print("ok", f(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ":", e)


err(random.choice, [])
err(random.choice, "")
err(random.choice, {})
err(random.choice, 5)
err(random.sample, [1, 2, 3], 4)
err(random.sample, [1, 2, 3], -1)
err(random.sample, {1, 2, 3}, 2)
err(random.sample, {"a": 1}, 1)
err(random.sample, [1, 2], 1, counts=[1])
err(random.sample, [1, 2], 1, counts=[0, 0])
err(random.sample, [1, 2], 1, counts=[1.0, 2.0])
err(random.choices, [1, 2], [1, 2], cum_weights=[1, 2])
err(random.choices, [1, 2], [1])
err(random.choices, [1, 2], [0, 0])
err(random.choices, [1, 2], [1, float("inf")])
err(random.choices, [1, 2, 3], 2)
err(random.choices, [], k=2)
err(random.shuffle, (1, 2, 3))
