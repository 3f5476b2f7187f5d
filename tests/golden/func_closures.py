def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2(), c1())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def late():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in late()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    x = "changed"
    return middle()
print(outer())
def acc():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    def get():
        return list(items)
    return add, get
add, get = acc()
add(1); add(2)
print(get(), add.__name__, get.__name__)
def nest():
    a = 1
    def f():
        nonlocal a
        a += 1
        def g():
            nonlocal a
            a *= 10
        g()
        return a
    return f
print(nest()())
def shadow():
    x = 1
    def f():
        x = 2
        return x
    return f(), x
print(shadow())
