import math
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.fmod(7.5, 2), math.remainder(7, 3), math.remainder(8, 3))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8), math.frexp(0.1), math.ldexp(0.5, 4), math.ldexp(1, -2))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isfinite(math.nan), math.isinf(-math.inf), math.isnan(0.0))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.ulp(1.0), math.ulp(0.0), math.ulp(1e16))
print(math.trunc(1e20), math.floor(-1e-300), math.ceil(1e-300), math.floor(math.pi * 1e6))
print(math.sqrt(1e-300), math.sqrt(1e300), math.copysign(0.0, -1), math.fabs(-0.0))
class Num:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"
print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()))
print(math.dist([1, 2, 3], [4, 6, 3]), math.hypot(), math.hypot(-5))
print(math.comb(0, 0), math.perm(0), math.factorial(1), math.gcd(0, 0), math.isqrt(99))
