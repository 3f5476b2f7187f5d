# pprint: nested dicts/lists/sets, widths, depth, compact, indent, long str and bytes splitting, underscore_numbers, pp
import pprint
data = {'name': 'x' * 10, 'items': list(range(30)), 'nested': {'a': [1, 2, {'b': (3, 4)}], 'c': {1, 2, 3}}, 'fs': frozenset({10, 20})}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, compact=True, width=50)
pprint.pprint(data, depth=2)
print(pprint.pformat(data, indent=4, width=30))
s = "The quick brown fox jumps over the lazy dog. " * 5
pprint.pprint(s)
pprint.pprint([s, s[:30]], width=40)
pprint.pprint(b"abcdefghijklmnopqrstuvwxyz" * 4, width=30)
pprint.pprint(bytearray(b"abcdefghijklmnopqrstuvwxyz" * 3), width=30)
pprint.pprint(12345678901, underscore_numbers=True)
pprint.pp({'z': 1, 'a': 2, 'm': list(range(40))})
