# Arguments CPython's Argument Clinic declares bool(accept={int}): an int or an object
# with __index__, never any object by its truth.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

data = [3, 1, 2]
for rev in [True, False, 0, 1, 2, -1, Idx(1), Idx(0), 1.5, "no", None, [], 2**100]:
    show(lambda: sorted(data, reverse=rev))
    def sort():
        l = list(data)
        l.sort(reverse=rev)
        return l
    show(sort)
    show(lambda: "a\nb".splitlines(rev))
    show(lambda: b"a\nb".splitlines(keepends=rev))
show(lambda: sorted(data, key=lambda x: -x, reverse=Idx(1)))
show(lambda: open(0, closefd=1.5))
show(lambda: open(__file__, closefd=Idx(0)))
