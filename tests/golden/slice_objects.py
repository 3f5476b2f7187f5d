s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None))
data = list(range(10))
print(data[s], "abcdefghij"[s], tuple(data)[s], range(10)[s])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(-100, 100).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), repr(slice(None, -1, None)))
data[slice(0, 3)] = ["a", "b"]
print(data)
del data[slice(None, None, 2)]
print(data)
class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return "slice(%r, %r, %r)" % (key.start, key.stop, key.step)
        return "item %r" % (key,)
q = Seq()
print(q[3], q[1:2], q[::3], q[:], q[-1:], q[1, 2], q[1:2, 3])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
