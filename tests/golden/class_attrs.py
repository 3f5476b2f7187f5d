class Counter:
    count = 0
    shared = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.shared.append(name)
a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count, Counter.shared, a.shared is b.shared)
a.count = 100
print(a.count, b.count, Counter.count, "count" in vars(a), "count" in vars(b))
del a.count
print(a.count)
Counter.count = 7
print(a.count, b.count)
b.shared = ["own"]
print(a.shared, b.shared, Counter.shared)
class Config:
    debug = False
    level = 1
    @classmethod
    def set_debug(cls):
        cls.debug = True
c1 = Config()
Config.set_debug()
print(c1.debug, Config.debug)
print(getattr(Config, "level"), getattr(c1, "nothing", None))
setattr(c1, "level", 5)
print(c1.level, Config.level)
delattr(c1, "level")
print(c1.level)
try:
    delattr(c1, "level")
except AttributeError as e:
    print("AttributeError:", e)
