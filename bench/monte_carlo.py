# monte_carlo.py — seeded random draws in hot loops: pi by darts (random.random),
# a random walk (random.choice), dice (random.randint), and a shuffle; the output is
# CPython's exactly since the generator and algorithms are CPython's.
import random


def darts(n):
    inside = 0
    rnd = random.random
    for _ in range(n):
        x = rnd()
        y = rnd()
        if x * x + y * y < 1.0:
            inside += 1
    return 4.0 * inside / n


def walk(n):
    pos = 0
    steps = (-1, 1)
    for _ in range(n):
        pos += random.choice(steps)
    return pos


def dice(n):
    counts = [0] * 7
    for _ in range(n):
        counts[random.randint(1, 6)] += 1
    return counts[1:]


random.seed(2024)
print(darts(3000000))
print(walk(1000000))
print(dice(1000000))
deck = list(range(52))
for _ in range(20000):
    random.shuffle(deck)
print(deck[:10])
print(random.random())
