def stub():
    pass
class Stub:
    pass
print(stub(), type(Stub()).__name__)
for i in range(2):
    pass
if True:
    pass
else:
    pass
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = [0, 1, 2, 3, 4]
del lst[1], lst[2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["c"]
print(d)
a, b = 1, 2
del a, b
try:
    a
except NameError as e:
    print("NameError:", e)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
...
print(..., Ellipsis is ..., type(...).__name__)
