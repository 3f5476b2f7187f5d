# An uncaught error of the random module: exit status 1 and CPython's last line.
import random

random.seed(1)
print(random.randrange(3, 9))
random.randrange(1, 1)
