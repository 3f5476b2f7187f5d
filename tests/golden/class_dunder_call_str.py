class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, extra=0):
        return x * self.k + extra
    def __str__(self):
        return "times %d" % self.k
    def __repr__(self):
        return "Multiplier(%d)" % self.k
m = Multiplier(3)
print(m(5), m(5, extra=1), callable(m), callable(Multiplier), list(map(m, [1, 2])))
print(str(m), repr(m), [m], (m,), {"k": m}, "%s|%r" % (m, m), f"{m}|{m!r}", "{}".format(m))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(str(OnlyRepr()), OnlyRepr(), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return "only-str"
print(OnlyStr(), str(OnlyStr()), "%s" % OnlyStr())
class BadStr:
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
print(bool(Truthy(True)), not Truthy(False), "yes" if Truthy(True) else "no", Truthy(False) or "fallback")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    Truthy(1)()
except TypeError as e:
    print("TypeError:", e)
