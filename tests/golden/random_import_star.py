# from random import *: the names of CPython's random.__all__, not its constants.
from random import *
seed(3)
print(random(), randint(1, 9), choice("xyz"), weibullvariate(1, 2), SystemRandom, Random)
try:
    BPF
except NameError as e:
    print(e)
import random as R
print(R.__all__ == sorted(R.__all__), len(R.__all__))
