# ir: super_call direct_call
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def scale(x, k=2):
    return x * k

def gen(n):
    yield n

def run():
    a = scale(3, 4)
    b = scale(3)
    c = scale(x=3, k=1)
    d = list(gen(1))
    return fib(10) + a + b + c + d[0]

print(run())
