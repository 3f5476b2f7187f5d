five = 5
tests = [
    lambda: [1, 2, 3][10],
    lambda: (1, 2)[5],
    lambda: "abc"[9],
    lambda: {"a": 1}["b"],
    lambda: int("3.5"),
    lambda: float("x1"),
    lambda: 5 + None,
    lambda: None + 5,
    lambda: [] + {},
    lambda: -"s",
    lambda: ~1.5,
    lambda: len(5),
    lambda: abs("s"),
    lambda: five(),
    lambda: "s".nothing,
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: ord(""),
    lambda: list.nope,
    lambda: [].sort(key=1),
    lambda: 2 ** "x",
    lambda: "x" < 1,
    lambda: {}.fromkeys(1),
    lambda: max([]),
    lambda: min(1),
    lambda: sum(["a", "b"]),
    lambda: divmod("a", 1),
    lambda: round("x"),
    lambda: sorted(5),
    lambda: zip(1),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
