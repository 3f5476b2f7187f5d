# pow(a, b, m): CPython's ternary_op over the operands' ** slots (the first operand's,
# the second's with a subclass first, then the modulus's); only __pow__ takes the
# modulus, __rpow__ never does; int's, float's and complex's own refusals; the keyword
# form; int.__pow__ with a modulus.


class P:
    def __repr__(self):
        return type(self).__name__ + "()"

    def __pow__(self, o, m=None):
        return ("P.pow", o, m)

    def __rpow__(self, o, m=None):
        return ("P.rpow", o, m)


class Q(P):
    def __rpow__(self, o, m=None):
        return ("Q.rpow", o, m)


class R(P.__base__):  # only the reflected form
    __repr__ = P.__repr__

    def __rpow__(self, o, m=None):
        return ("R.rpow", o, m)


class TwoArgs:  # a __pow__ that takes no modulus
    __repr__ = P.__repr__

    def __pow__(self, o):
        return "TwoArgs.pow"


class I(int):
    pass


class IP(int):
    def __rpow__(self, o, m=None):
        return ("IP.rpow", o, m)


print(pow(P(), 2, 3), pow(P(), 2), P() ** 2, 2 ** P(), pow(2, P()))
print(pow(P(), Q(), 5), pow(Q(), P(), 5), pow(P(), 2, None))
print(TwoArgs() ** 2, pow(TwoArgs(), 3))
cases = [(2, P(), 3), (2, 3, P()), (R(), 2, 3), (2, R(), 5), (2, 3, R()), (1.0, 2, 3), (2, 3.0, 5),
         (2, 3, 5.0), (1j, 2, 3), (2, 3, 1j), (2, 1j, 3), ("a", 2, 3), (2, "a", 3), (2, 3, "a"), ("a", 2.0, 3),
         ("a", 1j, 3), (2, 3, None), (I(2), 10, 7), (2, I(10), I(7)), (True, 2, 2), (IP(2), 3, 5),
         (2, IP(3), 5), (TwoArgs(), 2, 3), (2, 10, -3), (-2, 3, 7), (3, -1, 7), (2**100, 2**50, 10**9 + 7)]
for args in cases:
    try:
        print(args, "->", pow(*args))
    except Exception as e:
        print(args, "->", type(e).__name__ + ":", e)
print(pow(2, 10, mod=7), pow(base=2, exp=10, mod=1000), pow(2, -1, mod=7), pow(2, 5, mod=None))
print((2).__pow__(10, 7), (2).__pow__(10, 7.0), (2).__rpow__(3, 5), (2.0).__pow__(2), (2).__pow__(3, None))
for call in [lambda: (2.0).__pow__(2, 3), lambda: (1j).__pow__(2, 3), lambda: (2.0).__rpow__(2, 3),
             lambda: pow(2, 3, 0), lambda: pow(2, -1, 4), lambda: pow(2), lambda: pow(2, 3, 4, 5),
             lambda: pow(2, 3, modulus=5), lambda: pow(P(), 2, mod=3)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
pow(2, 3, "5")
