# pickle: Pickler/Unpickler classes (persistent ids, dispatch_table, reducer_override, find_class, memo, fast), files, pickles made by CPython, error cases
import pickle, io, copyreg, os, sys


class Record:
    def __init__(self, key):
        self.key = key


# persistent_id / persistent_load: records stored elsewhere, referenced by key
class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Record):
            return ('Record', obj.key)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        if isinstance(pid, str):
            return 'loaded text id ' + pid
        kind, key = pid
        return 'loaded %s %s' % (kind, key)


for proto in range(6):
    buf = io.BytesIO()
    DBPickler(buf, proto).dump([Record(1), 'plain', Record('two')])
    print(proto, buf.getvalue())
    buf.seek(0)
    print(DBUnpickler(buf).load())


class TextPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return 'id-%d' % obj if type(obj) is int and obj > 100 else None


buf = io.BytesIO()
TextPickler(buf, 0).dump([1, 500])
print(buf.getvalue())
try:
    pickle.loads(buf.getvalue())
except pickle.UnpicklingError as exc:
    print('UnpicklingError', exc)

# dispatch_table on the pickler, and copyreg's global one
class Money:
    def __init__(self, cents):
        self.cents = cents


def reduce_money(m):
    return (Money, (m.cents,))


buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[Money] = reduce_money
p.dump(Money(250))
print(buf.getvalue(), pickle.loads(buf.getvalue()).cents)


class TablePickler(pickle.Pickler):
    dispatch_table = {Money: lambda m: (Money, (m.cents * 2,))}


buf = io.BytesIO()
TablePickler(buf, 3).dump(Money(7))
print(pickle.loads(buf.getvalue()).cents)


# reducer_override sees every object that is not an atom (None, bool, int, float)
class OverridePickler(pickle.Pickler):
    seen = []

    def reducer_override(self, obj):
        self.seen.append(type(obj).__name__)
        if isinstance(obj, Money):
            return (str, ('money:%d' % obj.cents,))
        return NotImplemented


buf = io.BytesIO()
op = OverridePickler(buf, 4)
op.dump([Money(3), 1, 'x', (2.5,), Record])
print(pickle.loads(buf.getvalue()), OverridePickler.seen)


# find_class decides what a global name means
class SafeUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('set', 'frozenset'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


for payload in (pickle.dumps({1, 2}, 2), pickle.dumps(Record, 2), pickle.dumps(len, 4)):
    try:
        print(SafeUnpickler(io.BytesIO(payload)).load())
    except pickle.UnpicklingError as exc:
        print('UnpicklingError', exc)

# the memo: one Pickler writing several pickles shares it until clear_memo()
buf = io.BytesIO()
shared = ['shared']
p = pickle.Pickler(buf, 2)
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
print(buf.getvalue())
buf.seek(0)
u = pickle.Unpickler(buf)
print(u.load())
buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
p.fast = 1
p.dump([shared, shared])
print(buf.getvalue())

# files: several pickles in one stream, io.BytesIO and a real file
buf = io.BytesIO()
for proto in range(6):
    pickle.dump({'proto': proto, 'data': [1.5, b'b', 'c' * 10]}, buf, proto)
pickle.dump(list(range(3000)), buf)
buf.seek(0)
for proto in range(6):
    print(pickle.load(buf))
print(len(pickle.load(buf)), buf.read())
path = '/tmp/trc_pickle_api_%d.pkl' % os.getpid()
try:
    with open(path, 'wb') as f:
        pickle.dump(('first', {'n': 1}), f)
        pickle.dump(['x' * 70000, b'y' * 70000], f, 5)
    with open(path, 'rb') as f:
        print(pickle.load(f))
        big = pickle.load(f)
        print(len(big[0]), len(big[1]), f.read())
    print(os.path.getsize(path))
finally:
    os.remove(path)

# pickles made by CPython 3.11, protocols 0-5, loaded here
made_by_cpython = [
    b'(dp0\nVa\np1\n(lp2\nI1\naF2.5\naVt\xe9xt\np3\nasVb\np4\n(I1\nI2\ntp5\nsVc\np6\nc__builtin__\nset\np7\n((lp8\nI3\natp9\nRp10\nsVd\np11\nL12345678901234567890L\nsVe\np12\nNsVf\np13\nI01\nsVg\np14\nc_codecs\nencode\np15\n(Vxy\np16\nVlatin1\np17\ntp18\nRp19\ns.',
    b'}q\x00(X\x01\x00\x00\x00aq\x01]q\x02(K\x01G@\x04\x00\x00\x00\x00\x00\x00X\x05\x00\x00\x00t\xc3\xa9xtq\x03eX\x01\x00\x00\x00bq\x04(K\x01K\x02tq\x05X\x01\x00\x00\x00cq\x06c__builtin__\nset\nq\x07(]q\x08K\x03atq\tRq\nX\x01\x00\x00\x00dq\x0bL12345678901234567890L\nX\x01\x00\x00\x00eq\x0cNX\x01\x00\x00\x00fq\rI01\nX\x01\x00\x00\x00gq\x0ec_codecs\nencode\nq\x0f(X\x02\x00\x00\x00xyq\x10X\x06\x00\x00\x00latin1q\x11tq\x12Rq\x13u.',
    b'\x80\x02}q\x00(X\x01\x00\x00\x00aq\x01]q\x02(K\x01G@\x04\x00\x00\x00\x00\x00\x00X\x05\x00\x00\x00t\xc3\xa9xtq\x03eX\x01\x00\x00\x00bq\x04K\x01K\x02\x86q\x05X\x01\x00\x00\x00cq\x06c__builtin__\nset\nq\x07]q\x08K\x03a\x85q\tRq\nX\x01\x00\x00\x00dq\x0b\x8a\t\xd2\n\x1f\xeb\x8c\xa9T\xab\x00X\x01\x00\x00\x00eq\x0cNX\x01\x00\x00\x00fq\r\x88X\x01\x00\x00\x00gq\x0ec_codecs\nencode\nq\x0fX\x02\x00\x00\x00xyq\x10X\x06\x00\x00\x00latin1q\x11\x86q\x12Rq\x13u.',
    b'\x80\x03}q\x00(X\x01\x00\x00\x00aq\x01]q\x02(K\x01G@\x04\x00\x00\x00\x00\x00\x00X\x05\x00\x00\x00t\xc3\xa9xtq\x03eX\x01\x00\x00\x00bq\x04K\x01K\x02\x86q\x05X\x01\x00\x00\x00cq\x06cbuiltins\nset\nq\x07]q\x08K\x03a\x85q\tRq\nX\x01\x00\x00\x00dq\x0b\x8a\t\xd2\n\x1f\xeb\x8c\xa9T\xab\x00X\x01\x00\x00\x00eq\x0cNX\x01\x00\x00\x00fq\r\x88X\x01\x00\x00\x00gq\x0eC\x02xyq\x0fu.',
    b'\x80\x04\x95V\x00\x00\x00\x00\x00\x00\x00}\x94(\x8c\x01a\x94]\x94(K\x01G@\x04\x00\x00\x00\x00\x00\x00\x8c\x05t\xc3\xa9xt\x94e\x8c\x01b\x94K\x01K\x02\x86\x94\x8c\x01c\x94\x8f\x94(K\x03\x90\x8c\x01d\x94\x8a\t\xd2\n\x1f\xeb\x8c\xa9T\xab\x00\x8c\x01e\x94N\x8c\x01f\x94\x88\x8c\x01g\x94C\x02xy\x94u.',
    b'\x80\x05\x95V\x00\x00\x00\x00\x00\x00\x00}\x94(\x8c\x01a\x94]\x94(K\x01G@\x04\x00\x00\x00\x00\x00\x00\x8c\x05t\xc3\xa9xt\x94e\x8c\x01b\x94K\x01K\x02\x86\x94\x8c\x01c\x94\x8f\x94(K\x03\x90\x8c\x01d\x94\x8a\t\xd2\n\x1f\xeb\x8c\xa9T\xab\x00\x8c\x01e\x94N\x8c\x01f\x94\x88\x8c\x01g\x94C\x02xy\x94u.',
]
expected = {'a': [1, 2.5, 'téxt'], 'b': (1, 2), 'c': {3}, 'd': 12345678901234567890, 'e': None, 'f': True, 'g': b'xy'}
for data in made_by_cpython:
    print(pickle.loads(data) == expected)
# Python 2 style opcodes: STRING, BINSTRING, SHORT_BINSTRING, INST, OBJ, DICT, LIST, TUPLE, DUP, POP, PUT/GET, LONG, INT
print(pickle.loads(b"(S'py2 \\'str\\'\\n'\np0\nT\x03\x00\x00\x00abcU\x02deg0\nl(I5\nI6\nd(L7L\nI8\nt2\x85.", encoding='latin1'))
print(pickle.loads(b"U\x03\xe9t\xe9.", encoding='bytes'), pickle.loads(b"U\x03\xe9t\xe9.", encoding='latin1'))
print(pickle.loads(b"(i__main__\nRecord\n(dS'key'\np1\nI9\nsb.").key)
print(pickle.loads(b"(c__main__\nRecord\nI4\no.").key)
print(pickle.loads(b"ccopy_reg\n_reconstructor\n(c__main__\nRecord\nc__builtin__\nobject\nNtR(dS'key'\nS'old'\nsb.").key)
print(pickle.loads(b'\x80\x02cexceptions\nValueError\nq\x00X\x03\x00\x00\x00badq\x01\x85q\x02Rq\x03.'))
print(pickle.loads(b'\x80\x05\x96\x03\x00\x00\x00\x00\x00\x00\x00abc.'), pickle.loads(b'\x80\x04\x8d\x02\x00\x00\x00\x00\x00\x00\x00hi\x8e\x01\x00\x00\x00\x00\x00\x00\x00!\x86.'))

# errors
def attempt(label, fn, *args):
    try:
        print(label, fn(*args))
    except Exception as exc:
        print(label, type(exc).__name__, exc)


def local_class():
    class Local:
        pass
    return Local


def gen():
    yield 1


lam = lambda: 1
for proto in (0, 2, 4):
    try:
        pickle.dumps(lam, proto)
    except pickle.PicklingError as exc:
        print(proto, type(exc).__name__, str(exc).startswith("Can't pickle <function <lambda> at 0x"),
              str(exc).endswith(": attribute lookup <lambda> on __main__ failed"))
    attempt(proto, pickle.dumps, local_class(), proto)
    attempt(proto, pickle.dumps, local_class()(), proto)
    attempt(proto, pickle.dumps, gen(), proto)
    attempt(proto, pickle.dumps, sys, proto)
with open(os.devnull) as f:
    try:
        pickle.dumps(f)
    except TypeError as exc:
        print('file', type(exc).__name__, str(exc).startswith('cannot pickle'))


class BadReduce:
    def __init__(self, rv):
        self.rv = rv

    def __reduce__(self):
        return self.rv


for rv in (5, (1,), (len, 1), (1, ()), (len, (), None, 5)):
    attempt('reduce', pickle.dumps, BadReduce(rv))
attempt('protocol', pickle.dumps, 1, 6)
attempt('Pickler', pickle.Pickler, 5)
attempt('Unpickler', pickle.Unpickler, 5)
attempt('str', pickle.loads, 'text')
for data in (b'', b'\x80\x04', b'x', b'\xff', b'\x80\x04K', b'(K\x01', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.',
             b'h\x05.', b'0.', b'cnomod\nx\n.', b'\x80\x04\x8c\x03abc\x94\x93.', b'\x80\x09.',
             b'\x82\x01.', b'K\x01K\x02.', b'I12x\n.', b"S'abc\n."):
    attempt(repr(data), pickle.loads, data)
try:
    pickle.loads(b'c__main__\nNope\n.')
except AttributeError as exc:
    print(str(exc).startswith("Can't get attribute 'Nope' on <module '__main__'"))
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))

# deep nesting: CPython's recursion error text; loading deep data does not recurse
deep = []
for _ in range(5000):
    deep = [deep]
try:
    pickle.dumps(deep)
except RecursionError as exc:
    print('RecursionError', exc)
nested = []
for _ in range(300):
    nested = [nested]
print(len(pickle.dumps(nested)), pickle.loads(pickle.dumps(nested)) == nested)
