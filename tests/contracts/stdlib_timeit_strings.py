# timeit in a compiled program: a statement or setup given as a string of code cannot be
# compiled at run time (no exec), so Timer raises NotImplementedError saying so; the
# no-op strings 'pass' and '' (the defaults) are accepted, as are callables.
import timeit

for stmt, setup in (("x = 1", "pass"), ("pass", "import math"), (lambda: None, "y = 2")):
    try:
        timeit.Timer(stmt, setup)
    except NotImplementedError as e:
        print(type(e).__name__ + ":", e)
print(timeit.timeit("pass", "", number=10) >= 0, timeit.timeit("  ", number=1) >= 0)
timeit.timeit("sum(range(10))")
