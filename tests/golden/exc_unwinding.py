trace = []
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        trace.append("open " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        trace.append("close %s (%s)" % (self.name, et.__name__ if et else "ok"))
def level3():
    with Resource("r3"):
        raise RuntimeError("deep failure")
def level2():
    with Resource("r2"):
        try:
            level3()
        finally:
            trace.append("level2 finally")
def level1():
    with Resource("r1"):
        level2()
try:
    level1()
except RuntimeError as e:
    trace.append("caught: " + str(e))
print("\n".join(trace))
def count_frames(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        count_frames(n - 1)
    except ValueError as e:
        raise ValueError(str(e) + "<%d" % n)
try:
    count_frames(4)
except ValueError as e:
    print(e)
