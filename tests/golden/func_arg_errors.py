def two(a, b):
    return a + b
def none():
    return 0
def opt(a, b=1):
    return a
def many(a, b, c, d):
    return 0
cases = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: none(1),
    lambda: opt(),
    lambda: opt(1, 2, 3),
    lambda: two(1, a=2),
    lambda: two(1, c=2),
    lambda: many(1),
    lambda: many(1, 2),
    lambda: len(),
    lambda: len([], []),
    lambda: abs(1, 2),
    lambda: (lambda x: x)(),
    lambda: two(b=1),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
class K:
    def m(self, x):
        return x
try:
    K().m()
except TypeError as e:
    print("TypeError:", e)
try:
    K().m(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    K.m(1)
except TypeError as e:
    print("TypeError:", e)
