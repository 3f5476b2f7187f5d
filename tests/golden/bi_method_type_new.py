# types.MethodType(function, instance) builds a bound method; CPython's errors for bad arguments
import types


class C:
    def __init__(self, n):
        self.n = n

    def get(self, k=1):
        return self.n * k


def free(self, x):
    return (self.n, x)


c = C(3)
m = types.MethodType(free, c)
print(m(4), m.__self__ is c, m.__func__ is free, type(m) is types.MethodType)
m2 = type(c.get)(C.get, C(5))
print(m2(), m2(k=2), m2 == types.MethodType(C.get, m2.__self__))
print(types.MethodType(len, [1, 2])())
for args in [(), (free,), (free, c, 1), (1, c), (free, None)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    types.MethodType(free, obj=c)
except TypeError as e:
    print("TypeError", e)
