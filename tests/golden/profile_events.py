# profile (pure Python) through generators, exceptions leaving frames and builtins that
# raise: counts, callers and fake-clock times as CPython's.
import profile
import pstats

ticks = iter(range(1, 10000))


def squares(n):
    yield from (i * i for i in range(n))


def fall(depth):
    # raises from the innermost call, through every frame
    if not depth:
        raise LookupError("bottom")
    fall(depth - 1)


def driver():
    try:
        fall(3)
    except LookupError:
        pass
    try:
        float("nope")
    except ValueError:
        pass
    try:
        [].pop()
    except IndexError:
        pass
    return list(squares(4)), min(3, 1), "x-y".partition("-")


p = profile.Profile(lambda: next(ticks))
print(p.runcall(driver))
report = pstats.Stats(p).strip_dirs().sort_stats('stdname')
report.print_stats(r'^(?!profile:0\(<function)')
report.print_callees(r':\d+\((driver|fall)\)')
try:
    p.runcall(fall, 1)
except LookupError as e:
    print("LookupError", e)
p.create_stats()
print(sorted((k[2], v[:4]) for k, v in p.stats.items() if not k[2].startswith('<')))
