def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)))
g = countdown(2)
print(next(g), next(g), next(g, "done"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)
def squares(xs):
    for x in xs:
        yield x * x
print(sum(squares(range(10))), list(squares([])))
gen = countdown(3)
print(type(gen).__name__, iter(gen) is gen)
try:
    g = countdown(0)
    next(g)
except StopIteration:
    print("StopIteration")
def with_return():
    yield 1
    return "result"
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop value:", e.value)
