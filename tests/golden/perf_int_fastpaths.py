# The inline small-int paths of compiled operators (runtime/tr.h tr_op_fast): results
# at and past the small-int boundary (2**62 on 64-bit) must become big ints, Python's
# sign rules for // and %, errors from the generic path, shifts and bit operations.
def ops(a, b):
    out = [a + b, a - b, a * b, a & b, a | b, a ^ b]
    if b:
        out += [a // b, a % b]
    return out

edges = [0, 1, -1, 2, -2, 7, -7, 2**31, -2**31, 2**31 - 1, 2**62 - 1, -2**62, 2**62, -2**62 - 1,
         2**63, -2**63, 10**20, -10**20]
for a in edges:
    for b in [1, -1, 2, -2, 3, -3, 7, -7, 2**31, -2**31, 2**62 - 1, -2**62, 2**62]:
        print(a, b, ops(a, b))

# products around the boundary, computed step by step
x = 1
for i in range(70):
    x = x * 2
    if i > 58:
        print(i, x, -x, x * -1, x - 1, x + x)
x = -1
for i in range(66):
    x *= 3
print(x, x // 7, x % 7, -x // 7, -x % 7)

# floor division and modulo: every sign combination, and the one quotient that overflows
for a in [7, -7, 6, -6, 0]:
    for b in [2, -2, 3, -3, 7, -7]:
        print(a, b, a // b, a % b, divmod(a, b))
m = -2**62
print(m // -1, m % -1, m * -1, -m, m - 1, m + -1)
for z in [0]:
    for a in [1, -1, 0]:
        try:
            print(a // z)
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
        try:
            print(a % z)
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
        try:
            print(a / z)
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)

# true division of ints: exact operands round once; big ones take the generic path
for a, b in [(1, 3), (2, 3), (-1, 3), (0, -5), (0, 5), (10, 4), (2**53, 3), (2**53 + 1, 1),
             (2**53 + 1, 3), (2**60 + 1, 2**60), (-2**62, 7), (10**30, 10**10), (7, -2**62)]:
    print(a, b, a / b, repr(a / b))

# shifts
for a in [1, -1, 5, -5, 2**40, -2**40, 2**62 - 1, -2**62]:
    for s in [0, 1, 2, 21, 22, 23, 40, 61, 62, 63, 64, 100]:
        print(a, s, a << s, a >> s)
for s in [-1, -100]:
    try:
        print(1 << s)
    except ValueError as e:
        print("ValueError", e)
    try:
        print(1 >> s)
    except ValueError as e:
        print("ValueError", e)

# bools and int subclasses keep their own behaviour
class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"
    def __mul__(self, other):
        return "MyInt.__mul__"
t = True
print(t + t, t * 5, t - 3, t // 1, t & t, t | False, t ^ t, type(t & t).__name__)
print(MyInt(3) + 4, MyInt(3) * 4, 4 + MyInt(3), MyInt(3) - 1)

# comparisons, including mixed with floats beyond 2**53 (compared exactly)
big = 2**53 + 1
print(big == float(2**53), big > 2.0**53, float(2**53) < big, 2**53 == 2.0**53, big != 2.0**53)
for a in [-3, 0, 5, 2**62 - 1, -2**62, 2**62, 10**20]:
    for b in [-3, 5, 2.5, -0.0, 2**62, 1e30]:
        print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError", e)
print(-(2**62), -(-2**62), -(2**62 - 1), ~(2**62 - 1), ~-2**62)
