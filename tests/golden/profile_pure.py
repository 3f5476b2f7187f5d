# profile (the pure-Python profiler) with fake clocks: counts and times by hand.
import profile
import pstats


class Clock:
    def __init__(self, step=1):
        self.t = 0
        self.step = step

    def __call__(self):
        self.t += self.step
        return self.t


def down(n):
    # recursive: n + 1 calls, n of them recursive
    return 0 if n == 0 else 1 + down(n - 1)


def work(items):
    totals = [down(x) for x in items]
    totals.append(len(totals))
    return sorted(totals)


NOT_CMD = r'^(?!profile:0\(<function)'

p = profile.Profile(Clock())
print(p.runcall(work, [3, 4]))
pstats.Stats(p).strip_dirs().sort_stats(-1).print_stats(NOT_CMD)
s = pstats.Stats(p).strip_dirs().sort_stats('nfl')
s.print_stats(NOT_CMD)
s.print_callers('down|len')
s.print_callees(r':\d+\(work\)')
for key in sorted(s.stats):
    if not key[2].startswith('<function'):
        callers = sorted((k[2].split(' at ')[0], v) for k, v in s.stats[key][4].items())
        print(key, s.stats[key][:4], callers)

# a bias is taken off every event; a pair timer is added up
p2 = profile.Profile(Clock(2), bias=1)
p2.runcall(down, 3)
p2.create_stats()
print(sorted((k[2], v[:4]) for k, v in p2.stats.items() if not k[2].startswith('<function')))

pairs = [0]
def pair():
    pairs[0] += 1
    return (pairs[0], 0.5)
p3 = profile.Profile(pair)
p3.runcall(work, [1])
p3.create_stats()
print(sorted((k[2], v[:4]) for k, v in p3.stats.items() if not k[2].startswith('<function')))

triples = [0]
def triple():
    triples[0] += 1
    return [triples[0], 1, 1]
p4 = profile.Profile(triple)
p4.runcall(down, 1)
p4.create_stats()
print(sorted((k[2], v[:4]) for k, v in p4.stats.items() if not k[2].startswith('<function')))

class Sub(profile.Profile):
    pass
try:
    Sub(Clock()).calibrate(10)
except TypeError as e:
    print("TypeError", e)
for f in (profile.Profile(Clock()).runctx,):
    try:
        f(1, {}, {})
    except TypeError as e:
        print("TypeError", e)
