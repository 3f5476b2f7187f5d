# `for a, b in x` where x makes pairs (a dict's items, a zip of two, an enumerate
# object) steps the iterator without making the tuples (compiler/opt/seq_loop.c);
# everything the tuples would have shown must stay the same: the order, exhaustion,
# strict zip's errors, dict mutation while walked, shared iterators, other unpackings.


def pairs_of(x):
    out = []
    for a, b in x:
        out.append((a, b))
    return out


d = {"one": 1, "two": 2.5, "three": [3]}
print(pairs_of(d.items()))
print(pairs_of(zip([1, 2, 3], "ab")))
print(pairs_of(zip("abc", iter([10, 20, 30, 40]))))
print(pairs_of(enumerate("xy", start=7)))
print(pairs_of(enumerate("xy", 2**64)))
print(pairs_of([(1, 2), [3, 4], "ab"]))
print(pairs_of({}.items()), pairs_of(zip()), pairs_of(zip([], [1])))


def unpack_errors():
    for x in ([(1, 2, 3)], [(1,)], [5], zip([1], [2], [3])):
        try:
            pairs_of(x)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)


unpack_errors()


def strict(a, b):
    try:
        return pairs_of(zip(a, b, strict=True))
    except ValueError as e:
        return "ValueError: %s" % e


print(strict([1, 2], "ab"), strict([1, 2, 3], "ab"), strict([1], "ab"))


# a dict changed while its items are walked
def mutate(d):
    try:
        for k, v in d.items():
            d[k + "!"] = v
    except RuntimeError as e:
        print("RuntimeError", e)


mutate({"a": 1})


def reassign(d):
    for k, v in d.items():
        d[k] = v * 2  # same size: allowed
    return d


print(reassign({"a": 1, "b": 2}))


# the iterator is shared: what the loop takes, it takes from the object
def shared():
    z = zip(range(10), "abcdefghij")
    out = []
    for i, c in z:
        out.append(c)
        if i == 2:
            break
    out.append(next(z))
    e = enumerate("pqrs")
    for i, c in e:
        if i == 1:
            break
    out.append(next(e))
    it = iter({"k1": 1, "k2": 2, "k3": 3}.items())
    for k, v in it:
        break
    out.append(list(it))
    return out


print(shared())


# iterators whose steps raise
def boom():
    yield 1
    raise KeyError("gen")


try:
    pairs_of(zip(boom(), boom()))
except KeyError as e:
    print("KeyError", e)
try:
    pairs_of(enumerate(boom()))
except KeyError as e:
    print("KeyError", e)


# subclasses and user classes go through their own __next__
class MyZip(zip):
    def __next__(self):
        a, b = super().__next__()
        return b, a


class Pairs:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n, -self.n


print(pairs_of(MyZip("ab", "cd")), pairs_of(Pairs()))


# nested pair loops, break/continue/else, and a float sum over dict values
def nested(rows):
    total = 0.0
    seen = []
    for name, row in rows.items():
        for i, (k, v) in enumerate(row.items()):
            if v is None:
                continue
            if v < 0:
                break
            total += v
            seen.append((name, i, k))
        else:
            seen.append((name, "done"))
    return total, seen


print(nested({"r1": {"a": 1.5, "b": None, "c": 2}, "r2": {"x": -1, "y": 3}}))


# a generator the loop owns is closed when the loop is left early, before what follows
def gen_pairs(tag):
    try:
        yield tag, 1
        yield tag, 2
    finally:
        print("closed", tag)


class Store:
    def items(self):
        yield from gen_pairs("method")


def leave_early():
    for name, n in gen_pairs("call"):
        print(name, n)
        break
    print("after the call's loop")
    for name, n in Store().items():
        if n == 2:
            return "returned"
        print(name, n)


print(leave_early())
try:
    for name, n in gen_pairs("raise"):
        raise ValueError(name)
except ValueError as e:
    print("ValueError", e)
