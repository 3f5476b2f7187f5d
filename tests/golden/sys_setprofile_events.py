# sys.setprofile / sys.getprofile: 'call' and 'return' events of Python frames (generators resumed, exceptions, comprehensions, methods), a profiler that raises, threading.setprofile; f_lineno assignment refusals
import sys
import threading

events = []


def profiler(frame, event, arg):
    if event.startswith("c_"):  # builtins: trc reports no c_call / c_return / c_exception
        return
    code = frame.f_code
    shown = arg if event == "return" and not callable(arg) else None
    events.append((event, code.co_name, frame.f_lineno - code.co_firstlineno, shown))
    return "ignored"


def square(x):
    return x * x


def countdown(n):
    while n:
        yield n
        n -= 1
        if not n:
            return


def fails():
    raise KeyError("k")


class Box:
    def __init__(self, v):
        self.v = v

    def doubled(self):
        return square(self.v) * 2


def run():
    total = square(3)
    for v in countdown(2):
        total += v
    try:
        fails()
    except KeyError:
        total += 100
    total += Box(2).doubled()
    return [square(i) for i in range(2)], total


print(sys.getprofile())
sys.setprofile(profiler)
print(sys.getprofile() is profiler)
result = run()
sys.setprofile(None)
print(sys.getprofile(), result)
for e in events:
    print(*e)


def bad_profiler(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "square":
        raise RuntimeError("profiler failed")


sys.setprofile(bad_profiler)
try:
    square(2)
except RuntimeError as e:
    print("raised:", e, sys.getprofile())
sys.setprofile(None)

threading.setprofile(profiler)
print(threading.getprofile() is profiler)
threading.setprofile(None)
print(threading.getprofile())

try:
    sys.setprofile()
except TypeError as e:
    print(e)



def untraced_frame():
    frame = sys._getframe()
    for value in (3, "x"):
        try:
            frame.f_lineno = value
        except ValueError as e:
            print("f_lineno:", e)
    try:
        del frame.f_lineno
    except AttributeError as e:
        print("del:", e)


untraced_frame()


def tracer(frame, event, arg):
    if frame.f_code.co_name != "traced":
        return None
    for target in (frame.f_lineno, 1, "one"):
        try:
            frame.f_lineno = target
            print(event, "jump to current line accepted")
        except ValueError as e:
            print(event, "refused:", str(e).replace(str(target), "N"))
    return tracer


def traced():
    x = 1
    return x


sys.settrace(tracer)
traced()
sys.settrace(None)
