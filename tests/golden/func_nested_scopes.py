x = "global"
def level1():
    x = "level1"
    def level2():
        def level3():
            return x
        return level3()
    return level2()
print(level1())
def counter_factory():
    counts = {"n": 0}
    def inc():
        counts["n"] += 1
        return counts["n"]
    return inc
c = counter_factory()
print(c(), c(), c())
def make():
    fns = []
    for i in range(3):
        def f(j=i):
            return j * 10
        fns.append(f)
    return fns
print([f() for f in make()])
def outer():
    a = 1
    def mid():
        nonlocal a
        a += 10
        def inner():
            nonlocal a
            a += 100
            return a
        return inner
    inner = mid()
    inner()
    return a
print(outer())
def rebinding():
    val = 1
    def get():
        return val
    val = 2
    r1 = get()
    val = 3
    return r1, get()
print(rebinding())
def param_shadow(x):
    def inner(x):
        return x * 2
    return inner(x + 1), x
print(param_shadow(5), x)
def recursive_closure(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(recursive_closure(10))
