class Base:
    def __init__(self, **kw):
        self.trail = ["Base"]
        if kw:
            raise TypeError("unexpected kwargs: %s" % sorted(kw))
class Named(Base):
    def __init__(self, name="?", **kw):
        super().__init__(**kw)
        self.name = name
        self.trail.append("Named")
class Aged(Base):
    def __init__(self, age=0, **kw):
        super().__init__(**kw)
        self.age = age
        self.trail.append("Aged")
class Person(Named, Aged):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trail.append("Person")
p = Person(name="ann", age=30)
print(p.name, p.age, p.trail, [c.__name__ for c in Person.__mro__])
q = Person()
print(q.name, q.age, q.trail)
try:
    Person(name="x", height=2)
except TypeError as e:
    print("TypeError:", e)
class A:
    def hello(self):
        return ["A"]
class B(A):
    def hello(self):
        return ["B"] + super().hello()
class C(A):
    def hello(self):
        return ["C"] + super().hello()
class D(B, C):
    def hello(self):
        return ["D"] + super().hello()
class E(D):
    def hello(self):
        return ["E"] + super(D, self).hello()
print(D().hello(), E().hello(), super(B, D()).hello(), super(C, D()).hello())
