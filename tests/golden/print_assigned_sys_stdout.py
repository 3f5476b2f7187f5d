# print() without file= writes to sys.stdout as the program assigned it (StringIO, any object with write, None)
import sys
import io

buf = io.StringIO()
sys.stdout = buf
print("hello", 42)
print("a", "b", sep="-", end="!\n")
sys.stdout = sys.__stdout__
print("captured:", repr(buf.getvalue()))


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


c = Collector()
sys.stdout = c
print("x", 1, [2])
print()
sys.stdout = None
print("dropped")
sys.stdout = sys.__stdout__
print("pieces:", c.parts)

err = io.StringIO()
sys.stderr = err
print("to err", file=sys.stderr)
sys.stderr = sys.__stderr__
print("stderr got:", repr(err.getvalue()))
print("back to the real stdout")
