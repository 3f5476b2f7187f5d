class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Pt) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "Pt(%d, %d)" % (self.x, self.y)
d = {Pt(1, 2): "a"}
print(d[Pt(1, 2)], Pt(1, 2) in d, Pt(2, 1) in d, d)
d[Pt(1, 2)] = "b"
print(len(d), d)
keys = {1: "int", "1": "str", (1,): "tuple", frozenset([1]): "fs", None: "none", 2.5: "float"}
print(keys[1], keys["1"], keys[(1,)], keys[frozenset({1})], keys[None], keys[2.5], keys[True])
try:
    d[[1]] = 0
except TypeError as e:
    print("TypeError:", e)
try:
    d[{}] = 0
except TypeError as e:
    print("TypeError:", e)
try:
    {1: 2}[{1}]
except TypeError as e:
    print("TypeError:", e)
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
