# cProfile through generators, exceptions leaving frames, builtins that raise, and a
# profiler enabled twice: the counts, callers and fake-clock times as CPython's.
import cProfile, pstats
class Clock:
    def __init__(self): self.t = 0
    def __call__(self):
        self.t += 1
        return self.t
def gen(n):
    for i in range(n):
        yield i * 2
def boom(n):
    if n == 0:
        raise ValueError("x")
    return boom(n - 1)
def caller():
    try:
        boom(2)
    except ValueError:
        pass
    try:
        int("zz")
    except ValueError:
        pass
    return sum(gen(3)), max([1, 2]), "a,b".split(",")
def main():
    pr = cProfile.Profile(Clock(), 1.0)
    pr.enable()
    r = caller()
    pr.disable()
    pr.enable()
    caller()
    pr.disable()
    return pr, r
pr, r = main()
print(r)
st = pstats.Stats(pr).strip_dirs().sort_stats('stdname')
st.print_stats()
st.print_callers()
