# list(), tuple() and set() over generator expressions.
xs = range(6)
print(list(x * 2 for x in xs))
print(tuple(x for x in xs if x % 2))
print(sorted(set(x % 3 for x in xs)))
print(list(x for x in []), tuple(x for x in []), set(x for x in []))
print(list((x, y) for x in range(3) for y in range(x)))
print(tuple(c.upper() for c in "abc"))
print(type(tuple(x for x in xs)).__name__, type(set(x for x in xs)).__name__)
try:
    set([x] for x in range(2))
except TypeError as e:
    print("TypeError", e)
try:
    list(1 // x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
def squares(n):
    return list(i * i for i in range(n))
print(squares(5))

# sorted() and "literal".join()
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(w.upper() for w in words))
print(sorted((w for w in words), key=len), sorted((w for w in words), key=len, reverse=True))
print(sorted((len(w) for w in words), reverse=1), sorted((w for w in words), key=None))
print(", ".join(w for w in words if len(w) > 3), "".join(c * 2 for c in "abc"))
print("-".join(str(i) for i in range(5)), repr("".join(x for x in [])))
def noisy(i):
    print("  item", i)
    return i
try:
    "+".join(noisy(i) for i in range(3))  # join takes every item before it checks one
except TypeError as e:
    print("TypeError", e)
for bad in [lambda: sorted(x for x in [1, "a"]), lambda: sorted((x for x in [1, 2]), key=3)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
import builtins
real_sorted = builtins.sorted
builtins.sorted = lambda it, **kw: "patched sorted got " + type(it).__name__
print(sorted(x for x in [2, 1]))
builtins.sorted = real_sorted
print(sorted(x for x in [2, 1]))
