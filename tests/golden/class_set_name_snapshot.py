# __set_name__ runs for every attribute of the class body, even one an earlier
# __set_name__ replaced or deleted; an error in it becomes CPython 3.11's RuntimeError
# with the original as __cause__.
class SetOther:
    def __init__(self, other, value):
        self.other, self.value = other, value
    def __set_name__(self, owner, name):
        print("set_name", name)
        setattr(owner, self.other, self.value)

class T:
    a = SetOther("b", 312)
    b = SetOther("a", 311)
print(T.a, T.b)

class DelOther:
    def __init__(self, other):
        self.other = other
    def __set_name__(self, owner, name):
        print("del", self.other)
        try:
            delattr(owner, self.other)
        except AttributeError:
            print("AttributeError")

class U:
    a = DelOther("b")
    b = DelOther("a")
print(hasattr(U, "a"), hasattr(U, "b"))

class Raise:
    def __set_name__(self, owner, name):
        raise ValueError("boom")
try:
    class V:
        desc = Raise()
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
