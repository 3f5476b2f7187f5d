class Base:
    def __init__(self, v):
        self.v = v
        self.log = ["Base"]
    def describe(self):
        return "Base(%s)" % self.v
    @classmethod
    def create(cls, v):
        return cls(v)
class Mid(Base):
    def __init__(self, v):
        super(Mid, self).__init__(v * 2)
        self.log.append("Mid")
    def describe(self):
        return "Mid<" + super(Mid, self).describe() + ">"
class Leaf(Mid):
    def __init__(self, v):
        super().__init__(v + 1)
        self.log.append("Leaf")
    def describe(self):
        return "Leaf[" + super().describe() + "]"
    def skip(self):
        return super(Mid, self).describe()
x = Leaf(1)
print(x.v, x.log, x.describe(), x.skip())
y = Leaf.create(5)
print(type(y).__name__, y.v)
class Str(str):
    def shout(self):
        return self.upper() + "!"
    def __len__(self):
        return super().__len__() * 10
s = Str("hey")
print(s, s.shout(), len(s), s + "x", isinstance(s, str))
class L(list):
    def append(self, v):
        super().append(v * 2)
l = L([1])
l.append(5)
print(l, len(l), type(l).__name__)
class D(dict):
    def __missing__(self, key):
        return "no " + key
d = D(a="x")
print(d["a"], d["b"], len(d))
