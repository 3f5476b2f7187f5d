# list(x) and tuple(x) of iterators of every length around the runtime's gathering
# room (32 items on the C stack before a list takes over), iterators that fail part
# way, classes with __iter__/__next__, subclasses of list and tuple, and generators.

import gc


def upto(n):
    for i in range(n):
        yield i * i


for n in [0, 1, 2, 31, 32, 33, 64, 100, 1000]:
    l = list(upto(n))
    t = tuple(upto(n))
    print(n, len(l), len(t), l[-3:], t[-3:], sum(l) == sum(t), type(l).__name__, type(t).__name__)
    l.append("more")  # the list made from gathered items still grows
    print(l[-2:], len(l))


def failing(n):
    for i in range(n):
        yield i
    raise KeyError(f"after {n}")


for n in [0, 5, 32, 40]:
    for make in (list, tuple):
        try:
            make(failing(n))
        except KeyError as e:
            print(make.__name__, n, "KeyError", e)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(5)), tuple(Countdown(40))[:5])


class Weird(list):
    def __iter__(self):
        return iter(["weird", "iteration"])


class WeirdT(tuple):
    def __iter__(self):
        return iter(["tuple", "override"])


print(list(Weird([1, 2, 3])), tuple(Weird([1, 2, 3])), list(WeirdT((1, 2))), tuple(WeirdT((1, 2))))


class BadIter:
    def __iter__(self):
        return 42


for make in (list, tuple):
    try:
        make(BadIter())
    except TypeError as e:
        print(make.__name__, "TypeError", e)
    try:
        make(5)
    except TypeError as e:
        print(make.__name__, "TypeError", e)

# items stay alive while the rest is gathered, across collections
def allocating(n):
    for i in range(n):
        if i % 7 == 0:
            gc.collect()
        yield [i] * 3


big = tuple(allocating(50))
print(len(big), big[0], big[31], big[32], big[49])
print(list(allocating(20))[19], tuple(x for x in "abc"), list(x for x in ()))
print(tuple(range(40))[30:35], list(range(3)), tuple({3: 1, 1: 2}), list("hello"))
