# Generators: yield, send, return values, StopIteration, close, throw.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(next(g, "default"))

def echo():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

e = echo()
print(next(e))
print(e.send(3), e.send(4))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)

def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = guarded()
print(next(g))
g.close()
print("closed")

def catcher():
    while True:
        try:
            yield
        except ValueError as err:
            print("caught", err)

c = catcher()
next(c)
c.throw(ValueError("boom"))
c.throw(ValueError, "again")
try:
    c.throw(KeyError("k"))
except KeyError as k:
    print("propagated", repr(k))

def fresh():
    yield 1
f = fresh()
try:
    f.send(5)
except TypeError as t:
    print(t)
