def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    yield received
g = echo()
print(next(g), g.send("a"), g.send("b"), g.send(None))
def acc():
    total = 0
    try:
        while True:
            v = yield total
            total += v
    finally:
        print("closing acc", total)
a = acc()
next(a)
print(a.send(5), a.send(10))
a.close()
def catcher():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield "caught " + str(e)
c = catcher()
print(next(c), c.throw(ValueError("bad")), next(c))
def sub():
    yield 1
    yield 2
    return 3
def deleg():
    r = yield from sub()
    yield r
print(list(deleg()), list(x * 2 for x in sub()))
g = (i for i in range(3))
print(next(g), list(g), list(g))
