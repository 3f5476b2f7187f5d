# a != b where a's type has only object's comparison: object.__ne__ returns
# NotImplemented for distinct objects, so b's reflected __ne__ (or __eq__, negated by
# object.__ne__) is called; the same object compares unequal to nothing.
class E:
    def __eq__(self, other):
        print("E.__eq__", type(other).__name__)
        return 123

class F:
    def __ne__(self, other):
        print("F.__ne__", type(other).__name__)
        return -456

class Plain:
    pass

p = Plain()
for val in (None, 0, "a", p, object()):
    print(val != E(), val != F(), val == E(), val == F())
print(p != p, p == p, not (p != p), None != None, E() != F(), F() != E())
print(object() != object(), Plain() != p)
