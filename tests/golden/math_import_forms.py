import math as m
from math import sqrt, pi as PI, floor
from math import *
print(m.sqrt(9), sqrt(16), PI, floor(2.9), ceil(2.1), factorial(5), m is not None)
print(m.__name__, type(m).__name__, hasattr(m, "cos"), hasattr(m, "nonexistent"))
import math
print(math is m, math.sqrt is sqrt, e == math.e, tau / 2 == pi)
try:
    m.nothing
except AttributeError as ex:
    print("AttributeError:", ex)
