# dir(obj) calls type(obj).__dir__ and sorts what it returns; dir(cls) does not use the
# class's own __dir__ (only its metaclass's).
class Cud:
    def __dir__(self):
        return ["c", "a", "b"]

class Gen:
    def __dir__(self):
        return (n for n in ("z", "y"))

print(dir(Cud()), dir(Gen()), "a" in dir(Cud), "__dir__" in dir(Cud))

class Meta(type):
    def __dir__(cls):
        return ["meta"]
class WithMeta(metaclass=Meta):
    pass
print(dir(WithMeta), "x" in dir(type("T", (), {"x": 1})))

class Bad:
    def __dir__(self):
        return 5
try:
    dir(Bad())
except TypeError as e:
    print("TypeError", e)
