# an exception from __exit__ on a with block's normal exit is at the with statement's line
import sys


class Failing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise KeyError("exit")


def body_then_exit():
    with Failing():
        x = 1
        y = x + 1
    return y


def nested():
    with Failing() as a, Failing() as b:
        z = 3
    return z


for fn in (body_then_exit, nested):
    try:
        fn()
    except KeyError as e:
        tb = e.__traceback__.tb_next
        print(fn.__name__, tb.tb_lineno - fn.__code__.co_firstlineno, tb.tb_frame.f_code.co_name)
