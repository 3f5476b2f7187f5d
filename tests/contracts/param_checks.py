# Annotated parameters are checked contracts (Tauraro semantics, beyond CPython): PEP 484's
# int-for-float and a parameter's own default admitted; string annotations and *args items unchecked.
def f(a: int, b: float, c: str = "x", *args: int, d: list[int] | None = None, e: "int" = 0, **kw: int) -> int:
    return a
print(f(1, 2), f(True, 2.5, "y", 1, 2, d=[1], e="no", zz="a"))
def g(x: int = None, y: object = 3, z: bytes = b""):
    return x, y, z
print(g(), g(None, "any", bytearray(b"q")))
class P:
    def move(self, dx: float, dy: float) -> "P":
        return self
P().move(1, 2.5)
def gen(n: int):
    yield n
print(list(gen(3)))
for bad in [lambda: f("1", 2), lambda: f(1, "2"), lambda: f(1, 2, 3), lambda: f(1, 2, d={}),
            lambda: P().move(None, 1), lambda: gen(1.5), lambda: g(1.5)]:
    try:
        bad()
    except TypeError as ex:
        print("TypeError:", ex)
def h(items: list = (), *, n: int = "auto", m: float = None):
    return items, n, m
print(h(), h([1]), h(n=3), h(m=2))
for bad in [lambda: h(()), lambda: h(n="x"), lambda: h(m="q")]:
    try:
        print(bad())
    except TypeError as ex:
        print("TypeError:", ex)
f(1, 2, c=5)
