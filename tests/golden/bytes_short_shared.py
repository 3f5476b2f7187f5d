# The empty bytes and each one-byte bytes are single objects, as in CPython: however a
# program makes them (constructor, literal, slice, index, join, split), they are the
# same object, and hashing or comparing them is unaffected.
data = b"hello world"
singles = [bytes([b]) for b in data]
print(singles[2] is singles[3], singles[2] is bytes([108]), data[2:3] is singles[2])
print(bytes() is b"", data[5:5] is b"", b"".join([]) is b"")
print(b"l" == singles[2], hash(b"l") == hash(singles[3]), {singles[2]: 1}[b"l"])
parts = [bytes([b]) for b in b"abcab"]
pairs = {}
for pair in zip(parts[:-1], parts[1:]):
    pairs[pair] = pairs.get(pair, 0) + 1
print(sorted(pairs.items()))
merged = parts[0] + parts[1]
print(merged, merged is b"ab", len({id(p) for p in parts}))
ba = bytearray(b"x")
b1 = bytes(ba)
ba[0] = 0x79
print(b1, ba, bytes(ba), b1 is bytes(ba), b1 is ba)
class B(bytes):
    pass
print(type(B(b"x")).__name__, B(b"x") is b"x", B(b"x") == b"x")
