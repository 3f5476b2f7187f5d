class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        return Acc(self.v * o)
    def __add__(self, o):
        return Acc(self.v + o + 1000)
    def __repr__(self):
        return "Acc(%d)" % self.v
a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a -= 2
print(a, a is orig)
a *= 3
print(a, a is orig, orig)
b = Acc(0)
print(b + 1)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 1
print(x.v, y.v, x is y)
class R:
    def __radd__(self, o):
        return "radd(%r)" % (o,)
    def __rsub__(self, o):
        return "rsub(%r)" % (o,)
    def __rmul__(self, o):
        return "rmul(%r)" % (o,)
    def __rtruediv__(self, o):
        return "rtruediv(%r)" % (o,)
    def __rpow__(self, o):
        return "rpow(%r)" % (o,)
    def __rmod__(self, o):
        return "rmod(%r)" % (o,)
r = R()
print(1 + r, 2 - r, "s" * r, [1] * r, 3 / r, 2 ** r, 5 % r)
