# The inline float paths of compiled operators (runtime/tr.h): nan, infinities and
# signed zeros behave as in CPython, mixed int/float arithmetic converts the int,
# division by zero raises, float subclasses keep their methods.
nan = float("nan")
inf = float("inf")
vals = [0.0, -0.0, 1.5, -2.25, 1e308, -1e308, 5e-324, inf, -inf, nan, 3, -3, 0, 2**53 + 1]
for a in vals:
    for b in vals:
        r = [a + b, a - b, a * b]
        try:
            r.append(a / b)
        except ZeroDivisionError as e:
            r.append("ZeroDivisionError: " + str(e))
        print(repr(a), repr(b), [repr(x) for x in r], a < b, a <= b, a == b, a != b, a > b, a >= b)

x = -0.0
print(repr(-x), repr(-(0.0)), repr(0.0 * -1), repr(-0.0 + 0.0), repr(-0.0 - 0.0), repr(0 / -5), repr(-0.0 / 1))
print(nan == nan, nan != nan, nan < 1, nan >= nan, [nan] == [nan], nan is nan)
for a in [7.5, -7.5, 7, -7]:
    for b in [2.0, -2.0, 2, -2, 0.5]:
        print(a, b, a // b, a % b, a ** 2, divmod(a, b))
try:
    print(1.0 % 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(1.0 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

class F(float):
    def __add__(self, other):
        return "F.__add__"
    def __lt__(self, other):
        return "F.__lt__"
print(F(1.0) + 2.0, 2.0 + F(1.0), F(1.0) < 2.0, F(1.0) - 0.5, type(F(1.0) - 0.5).__name__)

# accumulation in a loop (the nbody shape)
s = 0.0
t = 0
for i in range(1, 2000):
    s += 1.0 / i
    s -= 0.5 * i / (i + 1)
    t += i * i
print(repr(s), t, repr(s * t), repr(t / 7), repr(-s))
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError", e)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308, inf - inf)
