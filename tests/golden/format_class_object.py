# format(), str.format and f-strings look __format__ up on the type of the value: a
# class is formatted through its metaclass (type), not its own unbound __format__.
class A:
    def __format__(self, spec):
        return "A:" + spec

class Meta(type):
    def __format__(cls, spec):
        return "Meta:" + cls.__name__ + spec

class B(metaclass=Meta):
    pass

print(format(A(), "x"), format(A), "{}".format(A), f"{A}"[:8])
print(f"{int!s:>6}|{int:}")
print(format(B), format(B, "!"), format(B(), "")[:10], "{:>5}".format(B))
for spec in ("x", ">12"):
  try:
    format(A, spec)
  except TypeError as e:
    print("TypeError", e)
