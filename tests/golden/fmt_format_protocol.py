class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        unit = spec[-1] if spec and spec[-1] in "CFK" else "C"
        num_spec = spec[:-1] if spec and spec[-1] in "CFK" else spec
        v = {"C": self.c, "F": self.c * 9 / 5 + 32, "K": self.c + 273.15}[unit]
        return format(v, num_spec or ".1f") + unit
t = Temp(21.5)
print(f"{t}", f"{t:F}", f"{t:.0K}", f"{t:>10.2C}|", "{:F}".format(t), format(t, ".3F"))
class Plain:
    pass
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
class Both:
    def __str__(self):
        return "str!"
    def __repr__(self):
        return "repr!"
print(f"{Both()}", f"{Both()!r}", f"{Both()!s:>6}", "{0!r:^9}".format(Both()), format(Both()))
print(format(12, "") == "12", format(1.5, "") == "1.5", format("s", "") == "s", format(True, ""), format(True, "d"))
print("{:>6}".format(True), "{!s:<6}|".format(None))
try:
    "{:<6}|".format(None)
except TypeError as e:
    print("TypeError:", e)
