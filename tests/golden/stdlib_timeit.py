import gc
import sys
import time
import timeit

calls = []

def work():
    calls.append("stmt")

def prep():
    calls.append("setup")

class FakeClock:
    """Each reading advances by the number of stmt calls since the last one, in tenths."""
    def __init__(self):
        self.now = 0.0
        self.readings = 0
    def __call__(self):
        self.readings += 1
        self.now += 0.01 * len(calls)
        return self.now

clock = FakeClock()
t = timeit.Timer(work, prep, timer=clock)
print(t.timer is clock)
r = t.timeit(3)
print(calls, clock.readings, round(r, 6))
calls.clear()
print([round(x, 6) for x in t.repeat(3, 2)], len(calls), calls[:3])
calls.clear()

trials = []
clock2 = FakeClock()
def grows():
    calls.append(1)
t2 = timeit.Timer(grows, timer=clock2)
res = t2.autorange(lambda n, s: trials.append(n))
print(trials, res[0], round(res[1], 6))
calls.clear()

print(timeit.timeit(work, number=4, timer=clock), len(calls) >= 4)
calls.clear()
print(len(timeit.repeat(work, prep, repeat=2, number=5)), calls.count("setup"), calls.count("stmt"))
calls.clear()

x = timeit.timeit(number=1000)
print(type(x).__name__, x >= 0)
x = timeit.Timer().timeit(0)
print(type(x).__name__, x >= 0)
x = timeit.timeit(lambda: sum(range(10)), number=100)
print(x >= 0, timeit.default_timer is time.perf_counter)
print(timeit.default_number, timeit.default_repeat)

gc.enable()
timeit.timeit(lambda: calls.append(gc.isenabled()), number=1)
print(calls, gc.isenabled())
gc.disable()
timeit.timeit(work, number=1)
print(gc.isenabled())
gc.enable()

for bad in [(5, "pass"), ("pass", 7)]:
    try:
        timeit.Timer(*bad)
    except ValueError as e:
        print(type(e).__name__, e)

def boom():
    raise KeyError("k")
t3 = timeit.Timer(boom)
try:
    t3.timeit(1)
except KeyError:
    import io
    buf = io.StringIO()
    t3.print_exc(file=buf)
    lines = buf.getvalue().splitlines()
    print(lines[0], lines[-1])
print(gc.isenabled())
print(timeit.__all__)
