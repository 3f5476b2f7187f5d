sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(5), add(1), add(1, 2), (lambda: "noargs")(), (lambda *a, **k: (a, k))(1, z=2))
print(sq.__name__, add.__name__, type(sq).__name__)
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[0]))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])), list(filter(lambda s: s.startswith("t"), ["two", "one", "three"])))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
fns = {"double": lambda x: 2 * x, "neg": lambda x: -x}
print({k: f(7) for k, f in fns.items()})
print((lambda x: (lambda y: x + y))(10)(5), (lambda n: n if n < 2 else n * 2)(5))
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print([cond(v) for v in (-2, 0, 3)])
