class Tracker:
    instances = 0
    registry = {}
    def __init__(self, name):
        Tracker.instances += 1
        self.id = Tracker.instances
        Tracker.registry[name] = self
    @classmethod
    def get(cls, name):
        return cls.registry.get(name)
    @staticmethod
    def describe():
        return "Tracker with %d instances" % Tracker.instances
for n in ["a", "b", "c"]:
    Tracker(n)
print(Tracker.instances, Tracker.get("b").id, Tracker.get("zz"), Tracker.describe())
class Sub(Tracker):
    instances = 100
s = Sub("s")
print(Sub.instances, Tracker.instances, s.id, sorted(Sub.registry))
class Defaults:
    color = "red"
    size = 10
    tags = ()
d1, d2 = Defaults(), Defaults()
d1.color = "blue"
d1.tags += ("x",)
print(d1.color, d2.color, d1.tags, d2.tags, Defaults.tags)
Defaults.size = 20
print(d1.size, d2.size, vars(d1), vars(d2))
class Const:
    PI = 3.14
    @property
    def tau(self):
        return self.PI * 2
c = Const()
c.PI = 3
print(c.tau, Const().tau, Const.PI)
print(type(Defaults.__dict__["color"]).__name__, "color" in Defaults.__dict__, "color" in vars(d2))
