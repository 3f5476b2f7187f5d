class NeedsTwo:
    def __init__(self, a, b):
        self.a, self.b = a, b
try:
    NeedsTwo(1)
except TypeError as e:
    print("TypeError:", e)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
class WithNew:
    def __new__(cls, v):
        inst = super().__new__(cls)
        inst.created = v
        return inst
    def __init__(self, v):
        self.inited = v * 2
w = WithNew(4)
print(w.created, w.inited)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class ReturnsOther:
    def __new__(cls):
        return 42
print(ReturnsOther())
try:
    object.nope = 1
except TypeError as e:
    print("TypeError:", e)
try:
    (1).x = 2
except AttributeError as e:
    print("AttributeError:", e)
