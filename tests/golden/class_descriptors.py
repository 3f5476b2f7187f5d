class Typed:
    def __init__(self, name, kind):
        self.name, self.kind = name, kind
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "<unset>")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s, got %s" % (self.name, self.kind.__name__, type(value).__name__))
        obj.__dict__[self.name] = value
class Person:
    name = Typed("name", str)
    age = Typed("age", int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("ann", 30)
print(p.name, p.age, type(Person.name).__name__)
p.age = 31
print(p.age, vars(p))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
try:
    Person(5, 1)
except TypeError as e:
    print("TypeError:", e)
class CountAccess:
    def __init__(self):
        self.count = 0
    def __get__(self, obj, owner):
        self.count += 1
        return self.count
class Holder:
    hits = CountAccess()
h = Holder()
print(h.hits, h.hits, Holder.hits)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        value = self.fn(obj)
        setattr(obj, self.fn.__name__, value)
        return value
class Data:
    @Lazy
    def expensive(self):
        print("computing")
        return 42
dd = Data()
print(dd.expensive, dd.expensive)
