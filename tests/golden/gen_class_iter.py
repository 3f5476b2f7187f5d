class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t), sum(t), max(t))
for d, v in t.depth_first():
    print("  " * d + str(v))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2
print(list(Range2(7)), [x for x in Range2(3)])
def gen_exc():
    yield 1
    raise ValueError("inside generator")
try:
    for v in gen_exc():
        print("v", v)
except ValueError as e:
    print("ValueError:", e)
def stop_early():
    yield 1
    return
    yield 2
print(list(stop_early()))
