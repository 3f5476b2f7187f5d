# `// % << >> & | ^`, unary minus, `~` and abs() on the small ints of typed clones
# (compiler/emit_int.c): Python's floor semantics (the divisor's sign), the errors'
# messages, results that leave the small range (2**62 on 64-bit words, 2**30 on
# 32-bit ones) as exact big ints, shifts past the word, bools and int subclasses (which
# run the original body and keep their own operators), a rebound abs, and chains of
# operators whose results stay small.
import builtins

SMALL_MIN = -(2 ** 62)
SMALL_MAX = 2 ** 62 - 1
WORD32_MIN = -(2 ** 30)


def floordiv(a: int, b: int):
    return a // b


def mod(a: int, b: int):
    return a % b


def lshift(a: int, b: int):
    return a << b


def rshift(a: int, b: int):
    return a >> b


def bitwise(a: int, b: int):
    return a & b, a | b, a ^ b, ~a, -a, +a


def absolute(a: int):
    return abs(a)


def by_constants(a: int):
    return a // 7, a // -7, a % 7, a % -7, a // 1, a << 3, a >> 2, a & 255, a | 1, a ^ -1


def chained(a: int, b: int):
    # results of % >> & | ^ ~ and // by a constant stay small ints and feed the next one
    t = (a % b) // 2
    u = (a & b) >> 1
    v = ~(a ^ b) | t
    return t, u, v, t + u * v, (a % b) < (a >> 1), -(a & b), abs(a % b - b)


def in_place(a: int, b: int):
    a //= b
    a %= 1000
    a <<= 2
    a >>= 1
    a &= 0xFFF
    a |= 16
    a ^= b
    return a


def try_op(f, *args):
    try:
        return f(*args)
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)


values = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2 ** 29, WORD32_MIN, 2 ** 31, SMALL_MAX, SMALL_MIN,
          SMALL_MAX + 1, SMALL_MIN - 1, 10 ** 30, -(10 ** 30)]
divisors = [1, -1, 2, -2, 3, -3, 7, -7, 2 ** 31, SMALL_MAX, SMALL_MIN, 10 ** 30, -(10 ** 30), 0]
for a in values:
    print(a, [try_op(floordiv, a, b) for b in divisors])
    print(a, [try_op(mod, a, b) for b in divisors])
print(floordiv(-1, SMALL_MAX), floordiv(-1, 10 ** 30), floordiv(1, -(10 ** 30)), mod(-1, 10 ** 30))
print(floordiv(SMALL_MIN, -1), type(floordiv(SMALL_MIN, -1)).__name__, mod(SMALL_MIN, -1))
print(floordiv(WORD32_MIN, -1), mod(WORD32_MIN, -1))

counts = [0, 1, 2, 29, 30, 31, 32, 61, 62, 63, 64, 65, 100, 1000, -1, -64]
for a in [0, 1, -1, 3, -3, 5, 2 ** 29, WORD32_MIN, SMALL_MAX, SMALL_MIN, 10 ** 20]:
    print(a, [try_op(lshift, a, n) for n in counts])
    print(a, [try_op(rshift, a, n) for n in counts])
print(try_op(lshift, 1, 10 ** 30), try_op(rshift, 1, 10 ** 30), try_op(rshift, -1, 10 ** 30))
print(try_op(lshift, 0, -(10 ** 30)), try_op(rshift, 5, -(10 ** 30)))

for a in [0, 5, -5, 0x5555, -0x5555, SMALL_MAX, SMALL_MIN, WORD32_MIN, 10 ** 20]:
    for b in [0, 3, -3, 0xFF, SMALL_MAX, SMALL_MIN, -(10 ** 20)]:
        print(a, b, bitwise(a, b))
for a in [0, 7, -7, SMALL_MAX, SMALL_MIN, WORD32_MIN, SMALL_MIN - 1, -(10 ** 20)]:
    print(a, absolute(a), by_constants(a))
for a, b in [(100, 7), (-100, 7), (100, -7), (-100, -7), (SMALL_MAX, 3), (SMALL_MIN, -5), (5, SMALL_MIN)]:
    print(a, b, chained(a, b), in_place(a, b))
print(try_op(chained, 5, 0), try_op(in_place, 5, 0))

# bools are ints but not small ints: the original body runs
print(floordiv(True, 2), mod(True, 2), lshift(True, 3), rshift(True, 0), bitwise(True, False), absolute(True))
print(floordiv(7, True), try_op(floordiv, 7, False), try_op(mod, True, False), try_op(lshift, 1, True))
print(type(bitwise(True, True)[0]).__name__, type(-True).__name__, type(abs(False)).__name__)


class Weird(int):
    def __floordiv__(self, other):
        return "floordiv", int(self), other

    def __rfloordiv__(self, other):
        return "rfloordiv", other, int(self)

    def __mod__(self, other):
        return "mod", int(self), other

    def __lshift__(self, other):
        return "lshift", int(self), other

    def __rrshift__(self, other):
        return "rrshift", other, int(self)

    def __and__(self, other):
        return "and", int(self), other

    def __neg__(self):
        return "neg", int(self)

    def __invert__(self):
        return "invert", int(self)

    def __abs__(self):
        return "abs", int(self)


w = Weird(12)
print(floordiv(w, 5), floordiv(50, w), mod(w, 5), lshift(w, 2), rshift(100, w))
print(bitwise(w, 3)[0], bitwise(w, 3)[3], bitwise(w, 3)[4], absolute(w))
print(floordiv(Weird(0), 0), try_op(floordiv, 1, Weird(0)))


class Plain(int):
    pass


print(floordiv(Plain(-7), 2), mod(Plain(-7), 2), type(mod(Plain(-7), 2)).__name__, bitwise(Plain(6), 3))

# a rebound abs is called, even for small ints
original_abs = builtins.abs
builtins.abs = lambda x: ("my abs", x)
print(absolute(-4), chained(100, 7)[6])
builtins.abs = original_abs
print(absolute(-4), chained(100, 7)[6])

# the errors inside a typed clone carry their traceback; the last one is uncaught
print(try_op(floordiv, 1, 0), try_op(mod, -5, 0), try_op(lshift, 1, -1), try_op(rshift, 1, -2))
print(mod(10, 0))
