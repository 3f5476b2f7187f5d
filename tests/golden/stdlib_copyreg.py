# copyreg: pickle()/constructor(), dispatch_table, __newobj__/__newobj_ex__/_reconstructor, extension codes (EXT1/EXT2/EXT4) and their errors
import copyreg, pickle, copy


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make_vector(x, y):
    return Vector(x, y)


def reduce_vector(v):
    return (make_vector, (v.x, v.y))


copyreg.pickle(Vector, reduce_vector)
print(copyreg.dispatch_table[Vector] is reduce_vector, complex in copyreg.dispatch_table)
for proto in range(6):
    data = pickle.dumps(Vector(1, 2), proto)
    back = pickle.loads(data)
    print(proto, data, back.x, back.y)
v = copy.copy(Vector(3, 4))
print(type(v).__name__, v.x, v.y)

for bad in (lambda: copyreg.pickle(Vector, 5), lambda: copyreg.constructor('x')):
    try:
        bad()
    except TypeError as exc:
        print('TypeError', exc)
copyreg.constructor(make_vector)
copyreg.pickle(Vector, reduce_vector, make_vector)
del copyreg.dispatch_table[Vector]


class Plain:
    def __init__(self):
        self.a = 1


p = copyreg.__newobj__(Plain)
print(type(p).__name__, hasattr(p, 'a'))
r = copyreg._reconstructor(Plain, object, None)
print(type(r).__name__, hasattr(r, 'a'))


class Kw:
    def __new__(cls, a, *, b):
        obj = super().__new__(cls)
        obj.ab = (a, b)
        return obj


k = copyreg.__newobj_ex__(Kw, (1,), {'b': 2})
print(type(k).__name__, k.ab)


class IntLike(int):
    pass


il = copyreg._reconstructor(IntLike, int, 7)
print(type(il).__name__, il + 1)


class Slots:
    __slots__ = ('a', '__b', '__dict__')


class MoreSlots(Slots):
    __slots__ = 'c'


print(copyreg._slotnames(MoreSlots), copyreg._slotnames(Plain))

# extension codes: a registered global is pickled as EXT1/EXT2/EXT4
copyreg.add_extension('__main__', 'Plain', 7)
copyreg.add_extension('__main__', 'Vector', 300)
copyreg.add_extension('__main__', 'Kw', 70000)
copyreg.add_extension('__main__', 'Plain', 7)
for proto in range(6):
    data = pickle.dumps([Plain, Vector, Kw], proto)
    print(proto, data, pickle.loads(data) == [Plain, Vector, Kw])
print(pickle.loads(b'\x80\x02\x82\x07.') is Plain, pickle.loads(b'\x80\x02\x83\x2c\x01.') is Vector,
      pickle.loads(b'\x80\x02\x84\x70\x11\x01\x00.') is Kw)
copyreg.clear_extension_cache()
print(copyreg._extension_cache)
for args in (('__main__', 'Other', 7), ('__main__', 'Plain', 8), ('m', 'n', 0), ('m', 'n', 2**31)):
    try:
        copyreg.add_extension(*args)
    except ValueError as exc:
        print('ValueError', exc)
copyreg.remove_extension('__main__', 'Plain', 7)
try:
    copyreg.remove_extension('__main__', 'Plain', 7)
except ValueError as exc:
    print('ValueError', exc)
for data in (b'\x80\x02\x82\x07.', b'\x80\x02\x84\x00\x00\x00\x00.'):
    try:
        pickle.loads(data)
    except (ValueError, pickle.UnpicklingError) as exc:
        print(type(exc).__name__, exc)
copyreg.remove_extension('__main__', 'Vector', 300)
copyreg.remove_extension('__main__', 'Kw', 70000)
print(copyreg._extension_registry, copyreg._inverted_registry)
print(sorted(copyreg.__all__))
