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
