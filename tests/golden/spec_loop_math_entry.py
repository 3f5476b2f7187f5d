# A speculative loop copy finds math's C function once, at its entry
# (compiler/emit_spec.c): the callee is read afresh on every entry, a callee that is not
# one of math's functions keeps the loop generic, and reading it at entry never raises
# or runs code (a loop that runs no iteration reports nothing).
import math


def norms(bodies, n):
    out = []
    for i in range(n):
        b = bodies[i]
        d2 = b[0] * b[0] + b[1] * b[1]
        out.append(d2 * math.sqrt(d2))
    return out


def walk(bodies, n):
    total = 0.0
    for i in range(n):
        b = bodies[i]
        d2 = b[0] * b[0] + b[1] * b[1] + 1.0
        total += 1.0 / math.sqrt(d2)
    return total


def fresh():
    return [[float(k), float(k) / 2.0] for k in range(6)]


print(norms(fresh(), 6))
print(walk(fresh(), 6))
real = math.sqrt
math.sqrt = math.exp  # another of math's functions: its C function
print(walk(fresh(), 6))
math.sqrt = abs  # a builtin that is not math's: the generic call
print(walk(fresh(), 6))
del math.sqrt
print(walk(fresh(), 0))  # no iteration: nothing is looked up
try:
    walk(fresh(), 3)
except AttributeError as exc:
    print("AttributeError:", exc)
math.sqrt = real


class FakeMath:
    calls = 0

    def sqrt(self, x):
        FakeMath.calls += 1
        return x


saved = math
globals()["math"] = FakeMath()  # the global is not a module any more
print(walk(fresh(), 6), FakeMath.calls)
globals()["math"] = saved
print(walk(fresh(), 6))
bad = fresh()
bad[3] = [-5.0, 0.0]
bad[3][0] = float("nan")
print(walk(bad, 6))
neg = [[0.0, 0.0]] * 3
try:
    for i in range(3):
        print(math.sqrt(neg[i][0] - 1.0))
except ValueError as exc:
    print("ValueError:", exc)
