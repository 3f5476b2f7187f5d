def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7), compose(str, abs, inc)(-10))
def partial(fn, *pargs, **pkw):
    def wrapper(*args, **kw):
        merged = dict(pkw)
        merged.update(kw)
        return fn(*pargs, *args, **merged)
    return wrapper
def power(base, exp=2, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
two_to = partial(power, 2)
print(square(9), cube_mod(4), two_to(10), two_to(exp=5), square(3, exp=4))
def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)
print(curry3(lambda a, b, c: a * 100 + b * 10 + c)(1)(2)(3))
def fold(fn, seq, init):
    acc = init
    for x in seq:
        acc = fn(acc, x)
    return acc
print(fold(lambda a, b: a + b, range(10), 0), fold(lambda a, b: b + a, "abc", ""), fold(max, [3, 9, 2], 0))
def flip(f):
    return lambda a, b: f(b, a)
print(flip(pow)(2, 3), flip(lambda a, b: a - b)(1, 10))
apply_n = lambda f, n: (lambda x: x if n == 0 else apply_n(f, n - 1)(f(x)))
print(apply_n(dbl, 10)(1), apply_n(inc, 0)(5))
