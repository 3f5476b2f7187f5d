# Unbound C slot methods of different types differ even when they share a C function
# (str.__repr__ != bytes.__repr__), so a dict keyed by type(x).__repr__ dispatches by type.
import collections
reprs = [dict.__repr__, list.__repr__, tuple.__repr__, str.__repr__, bytes.__repr__,
         bytearray.__repr__, set.__repr__, frozenset.__repr__, int.__repr__, float.__repr__,
         collections.deque.__repr__]
print([[j for j, b in enumerate(reprs) if a == b] for a in reprs])
print(len(set(reprs)), str.__repr__ != bytes.__repr__, set.__hash__ == frozenset.__hash__)
by_repr = {r: i for i, r in enumerate(reprs)}
print(len(by_repr), by_repr[type('').__repr__], by_repr[type(b'').__repr__], by_repr[type(3).__repr__])


class MyList(list):
    pass


print(by_repr.get(MyList.__repr__), MyList.__repr__ == list.__repr__, 'x'.__repr__ == 'x'.__repr__)
print(str.__len__ == bytes.__len__, str.upper == str.upper, 'a'.upper == 'b'.upper)
