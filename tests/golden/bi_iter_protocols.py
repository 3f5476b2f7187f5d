class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        items = []
        while n > 0:
            items.append(n)
            n -= 1
        return iter(items)
c = Countdown(3)
print(list(c), sum(c), sorted(c), max(c), min(c), list(enumerate(c)), list(zip(c, "abc")), tuple(c), set(c) == {1, 2, 3})
print(3 in c, 0 in c, [x * 2 for x in c], dict(zip(c, c)), list(map(str, c)), list(filter(lambda v: v % 2, c)))
a, b, cc = c
print(a, b, cc, [*c], "-".join(map(str, c)))
it = iter([1, 2, 3])
for x in it:
    if x == 1:
        print("skipping", next(it))
    else:
        print("x", x)
seq = iter("abcdef")
print(list(zip(seq, seq, seq)))
print(all(c), any(Countdown(0)), list(Countdown(0)), sorted(Countdown(4), reverse=True))
