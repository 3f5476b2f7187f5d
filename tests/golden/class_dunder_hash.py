class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
d = {Key("Name"): 1}
print(d[Key("NAME")], Key("a") in {Key("A")}, len({Key("x"), Key("X"), Key("y")}))
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
print(EqOnly.__hash__ is None)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p in {p}, {p: 1}[p])
class Fixed:
    def __hash__(self):
        return 42
print(hash(Fixed()), hash(Fixed()) == 42)
class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
print(hash(5) == 5, hash(-1) == -2, hash((1, "a")) == hash((1, "a")), hash("abc") == hash("ab" + "c"))
