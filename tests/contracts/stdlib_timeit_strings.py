# timeit in a compiled program: a statement or setup given as a string of code cannot be
# compiled at run time (no exec), so Timer raises NotImplementedError saying so; strings
# that do nothing (blank lines, comments, 'pass' in column 0) are accepted, as are callables.
import timeit

for stmt, setup in (("x = 1", "pass"), ("pass", "import math"), (lambda: None, "y = 2"),
                    ("  pass", "pass"), ("pass # ok\nx", "")):
    try:
        timeit.Timer(stmt, setup)
    except NotImplementedError as e:
        print(type(e).__name__ + ":", e)
print(timeit.timeit("pass", "", number=10) >= 0, timeit.timeit("  ", number=1) >= 0,
      timeit.timeit("# comment\n\npass  # why\n  # indented comment", " \n\t\f", number=2) >= 0)
print(timeit.reindent("a\nb", 4))
timeit.timeit("sum(range(10))")
