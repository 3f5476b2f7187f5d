class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, pos):
        r, c = pos
        if not (0 <= r < self.h and 0 <= c < self.w):
            raise IndexError("cell %r out of range" % (pos,))
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, v):
        self.cells[pos] = v
    def __delitem__(self, pos):
        del self.cells[pos]
    def __contains__(self, v):
        return v in self.cells.values()
    def __iter__(self):
        return iter([self[r, c] for r in range(self.h) for c in range(self.w)])
g = Grid(3, 2)
g[0, 1] = "X"
g[1, 2] = "O"
print(len(g), g[0, 1], g[0, 0], "X" in g, "Z" in g, list(g), "".join(g))
del g[0, 1]
print(list(g), bool(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), [x for x in Seq()])
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), len(Empty()), not Empty())
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
