vals = [1, 1.5, "s", b"b", [1], (1,), {1}, {1: 1}, None, True, len, int, range(2)]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, object), type(v) in (int, float))
print(type(type(1)).__name__, type(int) is type, isinstance(type, type), isinstance(object, type))
print(issubclass(int, (str, float)), issubclass(int, (str, int)), issubclass(float, object))
T = type(3)
class Meta:
    pass
print(type(Meta).__name__, type(Meta()).__name__, Meta().__class__ is Meta)
print(T("12") + 1, type("")("abc"), type(None).__name__)
