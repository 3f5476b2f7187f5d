print({x: x ** 3 for x in range(5)})
print(sorted({x % 4 for x in range(20)}), sorted({w[-1] for w in ["ab", "cb", "dd"]}))
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({s: [c for c in s] for s in ("ab", "c")})
print({i: j for i, j in enumerate("xyz") if i != 1})
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
print({n: a for n, a in zip(names, ages) if a > 30}, dict(zip(names, ages)))
print(sorted({(a, b) for a in range(3) for b in range(3) if a + b == 2}))
print({n: ("even" if n % 2 == 0 else "odd") for n in range(4)})
print(len({frozenset([x, y]) for x in range(3) for y in range(3)}))
