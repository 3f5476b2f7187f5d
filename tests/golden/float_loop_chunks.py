# Float loops counted in C (opt/spec_loop.c's copies): the range step checks for signals
# once per chunk of steps, so every trip count around the chunk's size must count
# exactly, and a signal must still stop a long loop, at the loop's line.  Divisions by a
# divisor that cannot be zero (1.0 + x * x) have no zero test; the others keep theirs.
import signal
import sys
import traceback


def harmonic(start, stop, step):
    s = 0.0
    for i in range(start, stop, step):
        s += 1.0 / (i + 0.5)
    return s


for n in (0, 1, 2, 1023, 1024, 1025, 2047, 2048, 2049, 5000):
    print(n, harmonic(0, n, 1), harmonic(7, n, 3), harmonic(n - 1, n + 3000, 1024))
print(harmonic(-5000, -3000, 1000), harmonic(10, 5, 1), harmonic(0, 3000, 10**9), harmonic(3000, -10, -7))
print(harmonic(2**61 - 3000, 2**61, 1))


def lorentz_sum(x0, h, n):
    s = 0.0
    for i in range(n):
        x = x0 + i * h
        s += 4.0 / (1.0 + x * x)
    return s


print(lorentz_sum(0.0, 0.001, 1000), lorentz_sum(-3.0, 0.5, 13))
inf, nan = float("inf"), float("nan")
for x0 in (inf, -inf, nan, 1e200, 1e-200, -0.0, 0.0):
    print(x0, lorentz_sum(x0, 0.0, 3))


def may_be_zero(x0, n):
    s = 0.0
    for i in range(n):
        x = x0 + i
        s += 1.0 / (1.0 - x * x)
    return s


for x0 in (2.0, 1.0, -1.0):
    try:
        print(may_be_zero(x0, 3))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


def square_only(a, n):
    s = 0.0
    for i in range(n):
        s += 1.0 / (0.0 + a * a)
    return s


for a in (2.0, 1e-200, 0.0):
    try:
        print(square_only(a, 2))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


class Stop(Exception):
    pass


def on_alarm(signum, frame):
    raise Stop


def spin(n):
    s = 0.0
    for i in range(n):
        s += 1.0 / (1.0 + i * 0.5)
    return s


signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    spin(10**15)
    print("not stopped")
except Stop:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print("stopped in", tb[-2].name, "in the loop:", tb[-2].lineno - spin.__code__.co_firstlineno in (2, 3))
signal.setitimer(signal.ITIMER_REAL, 0)
