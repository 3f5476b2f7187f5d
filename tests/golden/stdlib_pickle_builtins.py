# pickle: dumps() bytes of builtin values for protocols 0-5 (as CPython's C pickler), round trips, memo and recursion, frames
import pickle

values = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, -2**31,
    2**31, -2**31 - 1, 2**63, -2**64, 2**2100, -(2**2100), 1.5, -0.0, 1e300, float('inf'),
    '', 'a', 'héllo \u1234 \U00012345', 'back\\slash\nnew\rline\x00nul\x1a', 'x' * 300,
    b'', b'ab\x00\xff', b'y' * 300, bytearray(), bytearray(b'cd'),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),), [], [1, [2, []]], {}, {'a': 1, 'b': [1, 2]},
    {1, 2, 3}, set(), frozenset({4, 5}), frozenset(), {'t': (1, 'x'), 'n': None, 'f': 2.25},
    len, int, str, dict, range, ValueError, OSError, ModuleNotFoundError, KeyError,
    type(None), type(NotImplemented), type(...), NotImplemented, ...,
]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print('--- protocol', proto)
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        same = back == v or (v != v and back != back)
        print(repr(v)[:30], data if len(data) < 120 else (data[:60], len(data)), same)

# big containers: APPENDS / SETITEMS / ADDITEMS batches of 1000
big_list = list(range(2001))
big_dict = {i: -i for i in range(1001)}
big_set = set(range(1000))
for proto in (0, 1, 2, 4):
    for v in (big_list, big_dict, big_set, frozenset(big_set)):
        data = pickle.dumps(v, proto)
        print(proto, type(v).__name__, len(data), data.count(b'e'), data.count(b'u'), pickle.loads(data) == v)

# shared and recursive references go through the memo
shared = [1, 2]
nested = {'a': shared, 'b': shared, 'c': (shared, shared)}
rec_list = [1]
rec_list.append(rec_list)
rec_dict = {'k': 0}
rec_dict['self'] = rec_dict
rec_tuple_holder = []
rec_tuple = (rec_tuple_holder, 5)
rec_tuple_holder.append(rec_tuple)
s = 'memo me'
strs = [s, s, (s, s)]
for proto in range(6):
    for v in (nested, rec_list, rec_dict, rec_tuple, strs):
        print(proto, pickle.dumps(v, proto))
    b = pickle.loads(pickle.dumps(nested, proto))
    print(b['a'] is b['b'], b['c'][0] is b['a'], b == nested)
    b = pickle.loads(pickle.dumps(rec_list, proto))
    print(b[1] is b, b[0])
    b = pickle.loads(pickle.dumps(rec_dict, proto))
    print(b['self'] is b, sorted(b.keys()))
    b = pickle.loads(pickle.dumps(rec_tuple, proto))
    print(b[0][0] is b, b[1])

# framing: 64 KiB frames for protocol 4+, large payloads outside frames
import hashlib
framed = [
    [{'a': i, 'b': str(i)} for i in range(100)] + list(range(22000)),
    [b'x' * 70000, 1],
    ['y' * 70000, list(range(100)), b'z' * 100],
    [bytearray(b'q' * 70000)],
    'a' * 65530,
    [b'r' * 65536, b's' * 65535],
]
for v in framed:
    for proto in (2, 4, 5):
        data = pickle.dumps(v, proto)
        print(proto, len(data), data.count(pickle.FRAME), hashlib.sha256(data).hexdigest()[:20], pickle.loads(data) == v)

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.dumps(1) == pickle.dumps(1, 4), pickle.dumps(1, -1))
print(pickle.encode_long(255), pickle.encode_long(-256), pickle.decode_long(b'\xff\x00'), pickle.decode_long(b''))
