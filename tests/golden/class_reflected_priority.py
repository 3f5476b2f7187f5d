class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
    def __eq__(self, o):
        print("Base.__eq__")
        return NotImplemented
class Derived(Base):
    def __add__(self, o):
        return "Derived.__add__"
    def __radd__(self, o):
        return "Derived.__radd__"
    def __eq__(self, o):
        print("Derived.__eq__")
        return NotImplemented
b, d = Base(1), Derived(2)
print(b + b, b + d, d + b, d + d, 1 + b, b + 1)
print(b == d)
print(d == b)
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.__radd__ got " + type(o).__name__
print(Left() + Right())
try:
    Left() + Left()
except TypeError as e:
    print("TypeError:", e)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o
    def __gt__(self, o):
        return self.v > o
print(Cmp(1) < 2, 2 > Cmp(1), 0 < Cmp(1), Cmp(5) > 3)
class NumLike:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return self.v
    def __float__(self):
        return float(self.v) + 0.5
    def __index__(self):
        return self.v
print(int(NumLike(3)), float(NumLike(3)), [10, 20, 30, 40][NumLike(2)], hex(NumLike(255)), bin(NumLike(5)), "abcdef"[NumLike(1):NumLike(3)])
