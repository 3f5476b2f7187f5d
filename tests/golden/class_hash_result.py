# hash() of an object whose __hash__ returns an int: the int itself when it fits a machine word (-1 becomes -2), else the int's hash
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
for v in (0, 7, -1, -2, 2**61 - 1, 2**61, 2**63 - 1, -2**63, 2**63, 2**64 + 5, -2**70, hash((1, 2))):
    print(v, hash(H(v)))
print(hash(H(hash((1, 2)))) == hash((1, 2)), {H(3): 'x'}.get(H(3)) is None)
class Bool:
    def __hash__(self):
        return True
print(hash(Bool()))
class Bad:
    def __hash__(self):
        return 1.5
try:
    hash(Bad())
except TypeError as e:
    print("TypeError:", e)
