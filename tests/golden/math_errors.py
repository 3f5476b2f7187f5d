import math
cases = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-1)", lambda: math.log(-1)),
    ("log10(0)", lambda: math.log10(0)),
    ("log2(-2)", lambda: math.log2(-2)),
    ("log(10, 1)", lambda: math.log(10, 1)),
    ("acos(2)", lambda: math.acos(2)),
    ("asin(-1.5)", lambda: math.asin(-1.5)),
    ("atanh(1)", lambda: math.atanh(1)),
    ("acosh(0.5)", lambda: math.acosh(0.5)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3)),
    ("pow(10, 400)", lambda: math.pow(10.0, 400)),
    ("factorial(-1)", lambda: math.factorial(-1)),
    ("factorial(2.5)", lambda: math.factorial(2.5)),
    ("isqrt(-4)", lambda: math.isqrt(-4)),
    ("comb(-1, 2)", lambda: math.comb(-1, 2)),
    ("perm(3, -1)", lambda: math.perm(3, -1)),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("fmod(inf, 1)", lambda: math.fmod(math.inf, 1)),
    ("gamma(0)", lambda: math.gamma(0)),
    ("gamma(-1)", lambda: math.gamma(-1)),
    ("lgamma(-2)", lambda: math.lgamma(-2)),
    ("sqrt('x')", lambda: math.sqrt("x")),
    ("floor(inf)", lambda: math.floor(math.inf)),
    ("ceil(nan)", lambda: math.ceil(math.nan)),
    ("gcd(1.5)", lambda: math.gcd(1.5)),
    ("ldexp(1, 10000)", lambda: math.ldexp(1.0, 10000)),
    ("dist mismatch", lambda: math.dist((1, 2), (1,))),
    ("remainder(1, 0)", lambda: math.remainder(1, 0)),
    ("cos(inf)", lambda: math.cos(math.inf)),
]
for label, fn in cases:
    try:
        print(label, "=", fn())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(label, "->", type(e).__name__ + ":", e)
