# The random examples of the stdlib guide, seeded so the output is deterministic.
import random

random.seed(42)

# Random float between 0 and 1
print(random.random())

# Random integer in range
print(random.randint(1, 10))

# Random choice from sequence
colors = ["red", "green", "blue"]
print(random.choice(colors))

# Random sample (without replacement)
print(random.sample([1, 2, 3, 4, 5], 3))

# Shuffle list in place
numbers = [1, 2, 3, 4, 5]
random.shuffle(numbers)
print(numbers)

# Random float in range
print(random.uniform(1.0, 10.0))

# Seed for reproducibility
random.seed(42)
print(random.random())

# A dice simulation
from random import randint, choices
rolls = [randint(1, 6) for _ in range(600)]
print([rolls.count(i) for i in range(1, 7)])
print(choices(["heads", "tails"], k=10))
