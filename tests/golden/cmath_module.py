# cmath: the functions on a grid of complex values (to 10 significant digits: CPython
# computes with its own algorithms, trc with the C library's), conversions through
# __complex__/__float__, the constants and the classification functions.
import cmath

def show(z):
    if isinstance(z, tuple):
        return " ".join(show(x) for x in z)
    if isinstance(z, float):
        return "%.10g" % z
    return "(%.10g, %.10g)" % (z.real, z.imag)

vals = [complex(r, i) for r in (0.0, 0.5, -1.25, 10.0) for i in (0.0, 0.75, -2.0)]
for name in ("exp", "sqrt", "cos", "sin", "tan", "cosh", "sinh", "tanh", "asin", "acos", "atan", "asinh", "acosh",
             "atanh", "log", "log10", "phase", "polar"):
    f = getattr(cmath, name)
    row = []
    for z in vals:
        try:
            row.append(show(f(z)))
        except ValueError:
            row.append("ValueError")
    print(name, " ".join(row))
print(show(cmath.log(8, 2)), show(cmath.log(1j, 1 + 1j)), show(cmath.rect(2, 0.5)), cmath.rect(1, 0), cmath.rect(-1, 0))

class F:
    def __float__(self):
        return 2.0
class C:
    def __complex__(self):
        return complex(10, 1)
print(show(cmath.phase(F())), show(cmath.phase(C())), show(cmath.sqrt(-4)), show(cmath.exp(1)))
print("%.15g %.15g %.15g" % (cmath.pi, cmath.e, cmath.tau), cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.isfinite(1 + 2j), cmath.isinf(complex(1, float("inf"))), cmath.isnan(complex(float("nan"), 0)),
      cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(0j, 1e-12j, abs_tol=1e-9))
for f in (lambda: cmath.log(0), lambda: cmath.log10(0j), lambda: cmath.sqrt("x"), lambda: cmath.isclose(1, 2, rel_tol=-1)):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
