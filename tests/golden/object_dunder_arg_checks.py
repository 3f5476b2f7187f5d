# object.__setattr__/__delattr__/__getattribute__ take str names; object.__new__ needs
# a type; a bytearray cannot be appended to itself with += (CPython's exported buffer).
class C:
    pass

c = C()
object.__setattr__(c, "a", 1)
print(object.__getattribute__(c, "a"))
object.__delattr__(c, "a")
print(hasattr(c, "a"))
for f in (lambda: object.__setattr__(c, 5, 5), lambda: object.__delattr__(c, 5), lambda: object.__getattribute__(c, 5),
          lambda: object.__new__(1), lambda: object.__new__(C, 1)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(type(object.__new__(C)).__name__)
b = bytearray(b"12")
b.extend(b)
print(b)
try:
    b += b
except BufferError as e:
    print("BufferError", e)
print(b, b + b)

class WithNew:
    def __new__(cls, *args):
        return object.__new__(cls, *args)
class WithInit:
    def __init__(self, x):
        self.x = x
print(type(WithNew()).__name__, object.__new__(WithInit, 5).__class__.__name__)
try:
    WithNew(1)
except TypeError as e:
    print("TypeError", e)
