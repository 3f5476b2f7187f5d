r = range(10)
print(r, len(r), r[0], r[-1], r[2:5], r[::-1], r[::3], list(r[1::4]), 5 in r, 10 in r, -1 in r)
r2 = range(10, 0, -3)
print(list(r2), len(r2), r2[1], r2[-1], 4 in r2, 1 in r2, list(reversed(r2)))
print(list(range(0)), list(range(5, 2)), list(range(-5, -1)), list(range(2, -3, -1)), len(range(0, 100, 7)))
print(range(3) == range(0, 3), range(0) == range(5, 2), range(1, 5, 2) == range(1, 6, 2), range(3) == [0, 1, 2])
print(r.index(7), r2.count(4), r.start, r.stop, r.step, r2.step, range(5, 50, 5)[3:6])
print(sum(range(101)), list(range(3, 20, 4)), max(range(5)), min(range(-3, 3)))
big = range(0, 10 ** 20, 7)
print(big[-1], big[3], 10 ** 19 in big, 7 * 10 ** 18 in big, len(range(0, 10 ** 15, 7)))
for bad in [(1, 2, 0), (1.5,), ("a",)]:
    try:
        range(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    r.index(11)
except ValueError as e:
    print("ValueError:", e)
print(repr(range(1, 2)), repr(range(1, 5, 2)), str(range(0)), bool(range(0)), list(range(-2, 3))[::2])
