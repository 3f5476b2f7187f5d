# cProfile with a fake clock (one tick per reading): the full reports, byte for byte.
import cProfile
import pstats


class Clock:
    def __init__(self):
        self.t = 0

    def __call__(self):
        self.t += 1
        return self.t


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def work(items):
    out = []
    for x in items:
        out.append(fib(x))
    return sorted(out), len(out)


def fails():
    return int("x") if False else {}["missing"]


pr = cProfile.Profile(Clock(), 0.001)
pr.enable()
print(work([3, 5, 2]))
try:
    fails()
except KeyError as e:
    print("KeyError", e)
pr.disable()
pr.print_stats()
pstats.Stats(pr).strip_dirs().sort_stats('cumulative', 'stdname').print_stats()
pstats.Stats(pr).strip_dirs().sort_stats('time', 'name').print_stats(3)
s = pstats.Stats(pr)
s.strip_dirs().sort_stats('calls', 'name').print_stats()
s.print_callers()
s.print_callees()
s.print_callers('fib')
s.print_callees(2)
s.sort_stats('nfl').print_stats(0.5)
s.sort_stats(pstats.SortKey.TIME, pstats.SortKey.LINE).reverse_order().print_stats('work|fib', 1)

# runcall returns the function's result; stats are those of the one call
pr2 = cProfile.Profile(Clock(), 0.5)
print(pr2.runcall(work, [4]))
pr2.create_stats()
for key in sorted(pr2.stats, key=repr):
    cc, nc, tt, ct, callers = pr2.stats[key]
    print(key[1:], cc, nc, tt, ct, sorted((k[2], v) for k, v in callers.items()))

# a float clock in seconds
t = [0.0]
def seconds():
    t[0] += 0.25
    return t[0]
pr3 = cProfile.Profile(seconds)
pr3.runcall(fib, 3)
pr3.print_stats('tottime')

# builtins=False leaves out the C functions; subcalls=False the callers
pr4 = cProfile.Profile(Clock(), 1.0, subcalls=False, builtins=False)
pr4.runcall(work, [2, 3])
pr4.print_stats()
pr4.create_stats()
print(sorted(len(v[4]) for v in pr4.stats.values()))

# getstats: raw entries
pr5 = cProfile.Profile(Clock(), 1.0)
pr5.runcall(fib, 2)
for e in sorted(pr5.getstats(), key=lambda e: str(e.code)):
    name = e.code if isinstance(e.code, str) else e.code.co_name
    print(name, e.callcount, e.reccallcount, e.totaltime, e.inlinetime, e.calls is None)

# clear, and a profiler that saw nothing
pr5.clear()
try:
    pstats.Stats(pr5)
except TypeError as e:
    print("TypeError", str(e).split(" from ")[0])

for f in (cProfile.Profile().run,):
    try:
        f(42)
    except TypeError as e:
        print("TypeError", e)
