# yield from: values, return values, send/throw delegation, generator expressions.
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return x + y

def outer():
    r = yield from inner()
    print("inner returned", r)
    yield r * 10

g = outer()
print(next(g))
print(g.send(5))
print(g.send(7))
print(list(g))

def chain(*its):
    for it in its:
        yield from it

print(list(chain([1, 2], (3, 4), "ab", range(2))))

def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x

print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))

squares = (i * i for i in range(10) if i % 2)
print(type(squares).__name__)
print(sum(squares), sum(squares))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in []))
print(max((len(w), w) for w in "the quick brown fox".split()))
print(",".join(str(n) for n in range(5)))

def naturals():
    n = 0
    while True:
        yield n
        n += 1

for n in naturals():
    if n * n > 50:
        print("first square over 50:", n)
        break

evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(4)])

def stopper():
    yield 1
    raise StopIteration("x")

try:
    list(stopper())
except RuntimeError as err:
    print("RuntimeError:", err)

def lazy_sideeffects():
    for i in range(3):
        print("producing", i)
        yield i

print(any(v == 1 for v in lazy_sideeffects()))
