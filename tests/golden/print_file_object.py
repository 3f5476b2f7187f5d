# print(..., file=obj) calls obj.write once per argument, separator and end, as CPython
# does (a user's write() sees the pieces), then obj.flush() when flush=True.
class Recorder:
    def __init__(self):
        self.calls = []
    def write(self, s):
        self.calls.append(s)
    def flush(self):
        self.calls.append("<flush>")

r = Recorder()
print("a", 1, [2], file=r)
print(file=r)
print("x", "y", sep="", end="", file=r, flush=True)
print(None, sep=None, end=None, file=r)
print(r.calls)

class NoWrite:
    pass
try:
    print("z", file=NoWrite())
except AttributeError as e:
    print("AttributeError", e)
