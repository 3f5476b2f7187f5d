# for-loops over range(): counting loops for small ints, generic for the rest (errors, big ints, bools).
def g():
    for i in range(3):
        yield i * 2
    for j in range(10, 0, -3):
        yield j
print(list(g()))
print([i for i in range(-5, 5, 2)], [i for i in range(5, -5, -2)], list(range(0)))
for i in range(2**62 - 2, 2**62 + 2):
    print(i)
try:
    for i in range(1, 2, 0): pass
except ValueError as e:
    print(e)
try:
    for i in range("a"): pass
except TypeError as e:
    print(e)
for i in range(True, 3): print(i)
n = 5
for i in range(n):
    n = 2
    print(i, end=" ")
print()
def shadow():
    range = lambda *a: [7, 8]
    return [i for i in range(3)]
print(shadow())
total = 0
for i in range(1000000):
    total += i
print(total)
for i in range(-2**62, -2**62 + 2): print(i)
for i in range(3, 2**70, 2**69): print(i)
