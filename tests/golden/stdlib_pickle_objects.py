# pickle: instances of user classes (__reduce_ex__, __getnewargs(_ex)__, __getstate__/__setstate__, __slots__, __reduce__ forms), classes and functions by name, exceptions, enum, dataclasses, collections, datetime
import pickle, collections, enum, dataclasses, datetime


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1


class SlottedWithDict:
    __slots__ = ('a', '__dict__')

    def __init__(self):
        self.a = 'slot'
        self.extra = 'dict'


class NewArgs:
    def __new__(cls, v=None):
        obj = object.__new__(cls)
        obj.made_with = v
        return obj

    def __init__(self, v):
        self.v = v

    def __getnewargs__(self):
        return (self.v,)


class NewArgsEx:
    def __new__(cls, a, *, k=0):
        obj = object.__new__(cls)
        obj.a = a
        obj.k = k
        return obj

    def __getnewargs_ex__(self):
        return ((self.a,), {'k': self.k})


class WithState:
    def __init__(self):
        self.v = 3

    def __getstate__(self):
        return {'v': self.v * 2}

    def __setstate__(self, state):
        self.v = state['v'] + 1


class ByName:
    def __reduce__(self):
        return 'the_instance'


the_instance = ByName()


class Rebuilt:
    def __init__(self, a):
        self.a = a

    def __reduce__(self):
        return (Rebuilt, (self.a,), {'extra': 1})


def set_state(obj, state):
    obj.via_setter = state


class FullReduce:
    def __reduce__(self):
        return (FullReduce, (), {'s': 1}, iter([1, 2]), iter([('k', 'v')]), set_state)

    def append(self, x):
        self.__dict__.setdefault('got', []).append(x)

    def extend(self, xs):
        for x in xs:
            self.append(x)

    def __setitem__(self, k, v):
        self.__dict__[k] = v


class Outer:
    class Inner:
        def __init__(self):
            self.z = 'z'

        def method(self):
            return 1


class MyList(list):
    pass


class MyDict(dict):
    pass


class MySet(set):
    pass


class MyStr(str):
    pass


class MyInt(int):
    pass


class Color(enum.Enum):
    RED = 1
    GREEN = 2


@dataclasses.dataclass
class DC:
    a: int
    b: str = 'x'


class MyError(Exception):
    pass


def func():
    pass


def show(obj):
    if isinstance(obj, (type, enum.Enum, BaseException)) or callable(obj):
        return repr(obj) if not callable(obj) or isinstance(obj, type) else obj.__qualname__
    if hasattr(obj, '__dict__') or hasattr(obj, '__slots__'):
        attrs = {}
        for name in ('x', 'y', 'a', 'b', 'v', 'k', 'made_with', 'extra', 'z', 's', 'got', 'via_setter'):
            if hasattr(obj, name):
                attrs[name] = getattr(obj, name)
        return '%s %r %r' % (type(obj).__name__, attrs, obj if isinstance(obj, (list, dict, set, str, int)) else '')
    return repr(obj)


slotted_both = Slotted()
slotted_both.b = 2
err = ValueError('bad', 3)
err_attr = MyError('x')
err_attr.note = 'kept'
objects = [Point(1, 'two'), Slotted(), slotted_both, SlottedWithDict(), NewArgs(5), NewArgsEx(1, k=2),
           WithState(), the_instance, Rebuilt(7), FullReduce(), Outer.Inner(), Outer.Inner, Outer.Inner.method,
           func, MyList([1, 2]), MyDict(a=1), MySet([3]), MyStr('s'), MyInt(7), Color.RED,
           DC(3), err, KeyError('k'), err_attr, complex(1, 2), range(1, 10, 2), slice(1, None, 2)]
for proto in range(6):
    print('--- protocol', proto)
    for obj in objects:
        try:
            data = pickle.dumps(obj, proto)
        except TypeError as exc:
            print(type(obj).__name__, 'TypeError', exc)
            continue
        back = pickle.loads(data)
        print(type(obj).__name__, data)
        print('   ', show(back), type(back) is type(obj))

point = Point(0, 0)
pair = [point, point, Outer.Inner, Outer.Inner]
for proto in range(6):
    back = pickle.loads(pickle.dumps(pair, proto))
    print(proto, back[0] is back[1], back[2] is back[3] is Outer.Inner)

od = collections.OrderedDict([(1, 2), (3, 4)])
dd = collections.defaultdict(list, {1: [2]})
counter = collections.Counter('abracadabra')
dq = collections.deque([1, 2, 3], maxlen=5)
nt = collections.namedtuple('nt', 'a b')
for proto in range(6):
    for obj in (od, dd, counter, dq):
        back = pickle.loads(pickle.dumps(obj, proto))
        print(proto, type(back).__name__, back == obj, back)
    print(pickle.loads(pickle.dumps(dd, proto))[5], pickle.loads(pickle.dumps(dq, proto)).maxlen)
    print(pickle.loads(pickle.dumps(Color.GREEN, proto)) is Color.GREEN, pickle.loads(pickle.dumps(DC(1, 'y'), proto)))

for obj in (datetime.date(2020, 1, 2), datetime.datetime(2021, 3, 4, 5, 6, 7, 8), datetime.timedelta(1, 2, 3),
            datetime.time(1, 2), datetime.timezone.utc, datetime.timezone(datetime.timedelta(hours=2), 'X')):
    print(all(pickle.loads(pickle.dumps(obj, p)) == obj for p in range(6)), obj)

e = pickle.loads(pickle.dumps(err_attr))
print(type(e).__name__, e.args, e.note)

# methods and callables are pickled as getattr(owner, name), partials by their reduction
import functools


class HasMethods:
    def m(self):
        return 'm'

    @classmethod
    def c(cls):
        return 'c'

    @staticmethod
    def s():
        return 's'


holder = HasMethods()
for obj in (holder.m, HasMethods.c, HasMethods.s, HasMethods.m, functools.partial(max, 1, 5), [].append, {}.get, 'abc'.upper):
    for proto in (0, 2, 4):
        data = pickle.dumps(obj, proto)
        back = pickle.loads(data)
        print(proto, data, getattr(back, '__name__', None) or type(back).__name__)
