class Vec:
    __slots__ = ("xs",)
    def __init__(self, *xs):
        self.xs = tuple(xs)
    def __repr__(self):
        return "Vec" + repr(self.xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        r = self.xs[i]
        return Vec(*r) if isinstance(i, slice) else r
    def __iter__(self):
        return iter(self.xs)
    def __eq__(self, o):
        return isinstance(o, Vec) and self.xs == o.xs
    def __hash__(self):
        return hash(self.xs)
    def _zip(self, o, fn):
        if isinstance(o, Vec):
            if len(o) != len(self):
                raise ValueError("dimension mismatch: %d vs %d" % (len(self), len(o)))
            return Vec(*[fn(a, b) for a, b in zip(self, o)])
        return Vec(*[fn(a, o) for a in self])
    def __add__(self, o):
        return self._zip(o, lambda a, b: a + b)
    def __sub__(self, o):
        return self._zip(o, lambda a, b: a - b)
    def __mul__(self, o):
        return self._zip(o, lambda a, b: a * b)
    __rmul__ = __mul__
    def __truediv__(self, o):
        return self._zip(o, lambda a, b: a / b)
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return sum([a * a for a in self]) ** 0.5
    def __bool__(self):
        return any(self.xs)
    def dot(self, o):
        return sum((self * o).xs)
    def __lt__(self, o):
        return abs(self) < abs(o)
v, w = Vec(1, 2, 3), Vec(4, 5, 6)
print(v + w, v - w, v * 2, 3 * v, v * w, w / 2, -v, abs(Vec(3, 4)), v.dot(w))
print(v[0], v[-1], v[1:], len(v), list(v), 2 in v, v == Vec(1, 2, 3), v != w, bool(Vec(0, 0)), bool(v))
print(sorted([w, v, Vec(0, 1, 0)]), max(v, w), {v: "v"}[Vec(1, 2, 3)], len({v, Vec(1, 2, 3), w}))
try:
    v + Vec(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    v.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
x, y, z = v
print(x, y, z, sum(v), Vec(*range(5))[::2])
