# Errors inside speculative float loops (which store no frame line of their own): the
# side exit's generic code reports the line, the carets and f_lineno as CPython does.
import math
import sys

def f(xs, n):
    s = 0.0
    for i in range(n):
        x = xs[i % 3] - 1.0
        s += math.sqrt(x) * 0.5
    return s

def g(n):
    s = 0.0
    for i in range(n):
        s += 1.0 / (i - 5.0)
    return s

print(f([2.0, 3.0, 4.0], 10))
try:
    f([2.0, 0.5, 4.0], 10)
except ValueError as e:
    tb = sys.exc_info()[2]
    while tb.tb_next: tb = tb.tb_next
    print("ValueError", e, tb.tb_lineno, tb.tb_frame.f_lineno)
try:
    g(10)
except ZeroDivisionError as e:
    tb = sys.exc_info()[2]
    while tb.tb_next: tb = tb.tb_next
    print("ZeroDivisionError", e, tb.tb_lineno)
f([2.0, 0.5, 4.0], 10)
