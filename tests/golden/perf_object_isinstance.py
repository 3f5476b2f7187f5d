# isinstance(): argument errors, tuples, unions, __instancecheck__, ABCs and a shadowed name
import abc


class A:
    pass


class B(A):
    pass


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "yes"


class Checked(metaclass=Meta):
    pass


class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__len__") or NotImplemented


objs = [A(), B(), 1, True, "yes", [1], None, 2.5]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, B), isinstance(o, (int, str)),
          isinstance(o, int | float), isinstance(o, Checked), isinstance(o, Sized), isinstance(o, object))

print(isinstance(B(), ((int, (str, A)),)), isinstance(3, ()))

for args, kw in [((1,), {}), ((1, int, str), {}), ((), {}), ((1, int), {"x": 1})]:
    try:
        isinstance(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)

for bad in (1, "int", [int], (int, 1)):
    try:
        print(isinstance(1, bad))
    except TypeError as e:
        print("TypeError:", e)

# a loop of calls, then a global that shadows the builtin
hits = sum(1 for o in objs * 50 if isinstance(o, A))
print(hits)
isinstance = lambda o, c: "patched"
print(isinstance(1, int))
del isinstance
print(isinstance(1, int))


def local_shadow():
    isinstance = len
    return isinstance("abc")


print(local_shadow())
