def apply(f, *args):
    return f(*args)
def double(x):
    return 2 * x
ops = [double, abs, str, len]
print([apply(f, -3) if f is not len else apply(f, "abc") for f in ops])
def make_multiplier(n):
    def mult(x):
        return x * n
    mult.__name__ = "times%d" % n
    return mult
fs = [make_multiplier(i) for i in range(1, 4)]
print([f.__name__ for f in fs], [f(10) for f in fs])
dispatch = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([dispatch[op](6, 3) for op in "+-*"])
def pipeline(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run
print(pipeline(double, double, str, len)(123))
print(sorted([-5, 3, -1], key=abs), list(map(double, range(4))), max(["a", "bbb", "cc"], key=len))
m = max
print(m(3, 9), m.__name__, type(len).__name__, print.__name__)
