# print() without file= writes to the current sys.stdout: a StringIO, any object with write(), None (nothing), restored
import io
import sys

original = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print('into the buffer', 1, sep='-')
print('second', end='!')
sys.stdout = original
print(repr(buf.getvalue()))


class Collector:
    def __init__(self):
        self.pieces = []

    def write(self, text):
        self.pieces.append(text)
        return len(text)

    def flush(self):
        self.pieces.append('<flush>')


c = Collector()
sys.stdout = c
print('a', 'b', flush=True)
sys.stdout = None
print('nowhere')
sys.stdout = original
print(c.pieces)
del sys.stdout
try:
    print('lost')
except RuntimeError as e:
    sys.stdout = original
    print('RuntimeError', e)
print('back to the real stdout', file=sys.stdout)
