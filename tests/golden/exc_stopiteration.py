it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
print(next(it, None), next(iter(""), "empty"))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration("done")
        self.n -= 1
        return self.n
print(list(Countdown(3)))
c = Countdown(1)
print(next(c))
try:
    next(c)
except StopIteration as e:
    print("value:", e.value, e.args)
d = {"a": 1}
print(next(iter(d)), next(iter(d.values())), next(iter(d.items())))
