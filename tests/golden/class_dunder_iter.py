class CountUp:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
c = CountUp(3)
print(list(c), list(c))
print(sum(CountUp(10)), max(CountUp(4)), sorted(CountUp(3), reverse=True))
it = iter(CountUp(2))
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
class Reiter:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return CountUp(len(self.data))
r = Reiter("abc")
print(list(r), list(r), [x * 2 for x in r])
for a, b in zip(CountUp(3), Reiter("xy")):
    print(a, b)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
class NotIter:
    def __iter__(self):
        return 5
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
