class Ver:
    def __init__(self, s):
        self.parts = tuple([int(p) for p in s.split(".")])
    def __eq__(self, o):
        return isinstance(o, Ver) and self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "Ver(%s)" % ".".join(map(str, self.parts))
vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1"), Ver("0.9")]
print(sorted(vs), max(vs), min(vs))
print(Ver("1.0") == Ver("1.0"), Ver("1.0") != Ver("1.0"), Ver("1.0") < Ver("1.1"), Ver("2") >= Ver("1.9"))
print(Ver("1") == "1", len({Ver("1"), Ver("1"), Ver("2")}))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
a, b = OnlyLt(1), OnlyLt(2)
print(a < b, b > a)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
class Eq:
    def __eq__(self, o):
        return "custom"
print(Eq() == 1, Eq() != 1, 1 == Eq())
class NoEq:
    pass
n = NoEq()
print(n == n, n == NoEq(), n != NoEq())
