def use_math():
    import math
    return math.sqrt(49)
def use_helper():
    from _helpers_shapes import Rect
    return Rect(2, 5).area()
def use_alias():
    import _helpers_counter as c
    c.bump()
    return c.get()
print(use_math(), use_helper(), use_alias(), use_alias())
try:
    print(math.pi)
except NameError as e:
    print("NameError:", e)
import _helpers_counter
print(_helpers_counter.get())
def lazy(flag):
    if flag:
        from _pkg.util import double
        return double(flag)
    return None
print(lazy(0), lazy(21))
