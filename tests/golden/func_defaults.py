def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def append_bad(x, acc=[]):
    acc.append(x)
    return acc
print(append_bad(1), append_bad(2), append_bad(3))
def append_good(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(append_good(1), append_good(2), append_good(3, [0]))
counter = 10
def snap(v=counter):
    return v
counter = 20
print(snap(), snap(5))
def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)
print(f(1), f(1, 5), f(1, 5, 6, 7), f(1, c=9), f(1, 2, 3, d=4, c=0))
print(greet.__defaults__, f.__defaults__, f.__kwdefaults__)
def memo(n, cache={}):
    if n in cache:
        return cache[n]
    r = n if n < 2 else memo(n - 1) + memo(n - 2)
    cache[n] = r
    return r
print(memo(80), len(memo.__defaults__[0]))
