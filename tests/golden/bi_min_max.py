print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("hello"), min("b", "a"), max([1, 2], [1, 3]))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len), max([], default="empty"), min([], default=None))
print(max([-5, 3, -7], key=abs), min([-5, 3, -7], key=lambda x: -x), max({"a": 3, "b": 1}), max({"a": 3, "b": 1}.values()))
print(max([1, 2], default=0), max(2, 2.0), max(2.0, 2), min(1, True), max([(1, "b"), (1, "a")]))
print(max(range(10), key=lambda x: (x % 3, x)), min("zebra", key=ord))
print(max([3, 3, 3], key=lambda x: 0), max("aAbB", key=str.lower))
for bad in [lambda: max([]), lambda: min(()), lambda: max(), lambda: max(1), lambda: max([1, "a"]), lambda: min(1, 2, default=0)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
