# Every bound combination of list and tuple slicing, step 1 / -1 / others included,
# against CPython: reads, assignments (plain and extended) and deletions, digested per
# step so a difference names the step it is in.
import hashlib


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


BOUNDS = [None, -9, -7, -3, -1, 0, 1, 2, 5, 7, 9, 2**70, -2**70, True, False, Idx(2), Idx(-2)]
STEPS = [None, 1, -1, 2, -2, 3, -3, True, Idx(-1), 2**70, -2**70]

for step in STEPS:
    log = []
    for n in range(7):
        base = list(range(n))
        for a in BOUNDS:
            for b in BOUNDS:
                s = slice(a, b, step)
                got = base[a:b:step]
                log.append(repr(got))
                log.append(repr(tuple(base)[a:b:step]))
                log.append(repr(base[s] == got))
                l = base[:]
                try:
                    l[a:b:step] = got[::-1]
                    log.append(repr(l))
                except ValueError as e:
                    log.append(str(e))
                l = base[:]
                try:
                    l[a:b:step] = [100, 101]
                    log.append(repr(l))
                except ValueError as e:
                    log.append(str(e))
                l = base[:]
                del l[a:b:step]
                log.append(repr(l))
    print(repr(step if not isinstance(step, Idx) else "Idx"), len(log), hashlib.md5("\n".join(log).encode()).hexdigest())

for bad in ["x", 1.5, 0]:
    try:
        [1, 2, 3][::bad]
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        [1, 2, 3][bad:]
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
