def numbered(items):
    for i, item in enumerate(items, 1):
        yield "%d. %s" % (i, item)
print(", ".join(numbered(["a", "b"])))
print(tuple(x * 2 for x in range(3)), set(x % 2 for x in range(4)) == {0, 1}, dict((k, 0) for k in "ab"))
print("-".join(str(i) for i in range(4)), sorted(c for c in "zyx"))
g = (i * i for i in range(5))
print(3 in g, list(g))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator finalised")
gf = gen_with_finally()
for v in gf:
    print("got", v)
    break
gf.close()
print("after close")
def infinite():
    n = 0
    while True:
        n += 1
        yield n
it = infinite()
print([next(it) for _ in range(3)], next(it))
print(list(zip(infinite(), "abc")))
def unpack_gen():
    yield from [1, 2]
    yield from "ab"
a, b, c, d = unpack_gen()
print(a, b, c, d, [*unpack_gen()])
