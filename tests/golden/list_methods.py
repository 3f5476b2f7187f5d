a = [3, 1, 4]
a.append(1); print(a)
a.extend([5, 9]); print(a)
a.extend("ab"); print(a)
a.insert(0, "first"); a.insert(100, "last"); a.insert(-1, "pen"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
print(a.index(4), a.index(1), a.count(1), a.count(99), a.index(9, 2), a.index(5, 0, 5))
b = a.copy(); b.reverse(); print(b, a)
a.clear(); print(a, len(a))
c = [5, 2, 8]
c += [1]; print(c)
c *= 2; print(c)
print(c.sort(), c)
del c[0]; print(c)
del c[1:3]; print(c)
del c[::2]; print(c)
for call in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1, 2].index(3),
             lambda: [1].insert(), lambda: [].index(0, 1)]:
    try:
        call()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
