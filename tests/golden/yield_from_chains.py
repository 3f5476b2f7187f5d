# Chains of generators suspended in `yield from`: next() resumes the innermost directly,
# so everything a level would show while it delegates must still hold: return values
# passed up as the chain ends, send/throw/close through every level, exceptions caught
# in a middle level, gi_running and gi_yieldfrom of the levels, the frame stack the
# innermost sees (sys._getframe, traceback), and delegates advanced from outside.

import sys
import traceback


def leaf(n, tag):
    for i in range(n):
        got = yield (tag, i)
        if got is not None:
            print("  leaf got", got)
    return f"{tag}-done"


def middle(depth, n):
    if depth == 0:
        r = yield from leaf(n, "leaf")
    else:
        r = yield from middle(depth - 1, n)
    return f"{r}/{depth}"


def top(n):
    r = yield from middle(4, n)
    print("  top got", r)
    r2 = yield from middle(2, 1)  # a second chain after the first ended
    print("  top got", r2)
    return "top"


print("values and returns")
g = top(3)
print(list(g))

print("send through the chain")
g = top(2)
print(next(g))
try:
    for v in ["hello", None, 42]:
        print(g.send(v))
except StopIteration as e:
    print("stop", e.value)


def catching(n):
    try:
        yield from middle(3, n)
    except ValueError as e:
        print("  caught in catching:", e)
        yield "after-catch"
    return "catching-done"


def raising_leaf():
    yield 1
    yield 2
    raise ValueError("from the leaf")


def mid_raising():
    yield from raising_leaf()


def outer_catch():
    try:
        yield from mid_raising()
    except ValueError as e:
        print("  outer caught", e)
    yield "end"


print("exceptions")
print(list(outer_catch()))


def chain_raising():
    yield from mid_raising()


def top_raising():
    yield from chain_raising()


try:
    for v in top_raising():
        print("  got", v)
except ValueError:
    tb = traceback.format_exc().splitlines()
    print([line.strip() for line in tb if line.strip().startswith("File")].__len__(), tb[-1])
    print([line.split(", in ")[-1] for line in tb if ", in " in line])

print("throw through the chain")
g = catching(5)
print(next(g), next(g))
print(g.throw(ValueError("thrown")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

print("close through the chain")


def closing_leaf():
    try:
        yield 1
        yield 2
    finally:
        print("  leaf finally")


def closing_mid():
    try:
        yield from closing_leaf()
    finally:
        print("  mid finally")


g = closing_mid()
print(next(g))
g.close()
print(g.gi_yieldfrom, g.gi_running)

print("gi_running and gi_yieldfrom while the innermost runs")
chain = []


def watching_leaf():
    for i in range(2):
        print("  running:", [c.gi_running for c in chain if c is not None])
        try:
            next(chain[0])
        except ValueError as e:
            print("  reentry:", e)
        yield i


def level(depth):
    if depth == 0:
        yield from watching_leaf()
    else:
        yield from level(depth - 1)


for d in range(3):
    chain.append(None)
g = level(2)
chain[0] = g
print(next(g))
chain[1] = g.gi_yieldfrom
chain[2] = chain[1].gi_yieldfrom
print([type(c.gi_yieldfrom).__name__ for c in chain])
print(next(g))
print([c.gi_running for c in chain])

print("frames seen by the innermost")


def frame_leaf():
    for i in range(2):
        f = sys._getframe()
        names = []
        while f is not None:
            names.append((f.f_code.co_name, f.f_lineno))
            f = f.f_back
        print("  ", names[:5])
        print("  ", [entry.split(", ", 1)[1].replace("\n", "").replace("    ", " ")
                     for entry in traceback.format_stack()][-4:-1])
        yield i


def frame_mid():
    yield from frame_leaf()


def frame_top():
    yield from frame_mid()


for v in frame_top():
    print(v)

print("a delegate advanced from outside")
inner = leaf(3, "x")


def outer():
    r = yield from inner
    print("  outer got", r)
    yield "outer-end"


def outermost():
    yield from outer()


g = outermost()
print(next(g))
print(next(inner))
print(next(g))
print(list(inner))
print(next(g))
print(list(g))

print("StopIteration inside the innermost")


def stop_leaf():
    yield 1
    raise StopIteration("boom")


def stop_mid():
    yield from stop_leaf()


def stop_top():
    yield from stop_mid()


g = stop_top()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

print("a chain ending in a plain iterator")


def over_range():
    yield from range(3)
    return "range-done"


def range_top():
    r = yield from over_range()
    yield r


print(list(range_top()))

print("deep chain")


def deep(n):
    if n == 0:
        yield from range(5)
        return 0
    r = yield from deep(n - 1)
    return r + 1


def run_deep():
    r = yield from deep(100)
    yield ("depth", r)


print(list(run_deep()))
