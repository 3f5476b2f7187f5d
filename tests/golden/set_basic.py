s = {3, 1, 2}
print(sorted(s), len(s), 1 in s, 5 in s, 5 not in s)
s.add(5); s.add(1)
print(sorted(s))
s.discard(3); s.discard(99)
print(sorted(s))
s.remove(5)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
p = {7}.pop()
print(p, set(), type({}).__name__, type(set()).__name__)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print(sorted(set("mississippi")), sorted(set([1, 2, 2, 3, 3, 3])), len(set(range(100)) | set(range(50, 150))))
t = {1, 2}
t.clear()
print(t, len(t), bool(t), set() == set(), {1} == {1.0}, {1, 2} == {2, 1})
u = {1, 2, 3}
c = u.copy()
c.add(4)
print(sorted(u), sorted(c))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    one = {1}
    one[0]
except TypeError as e:
    print("TypeError:", e)
print({(1, 2), (1, 2)}, {0}, {None}, {"only"})
