import math
def p(*vals):
    print(" ".join(["%.12g" % v for v in vals]))
p(math.sin(0), math.sin(math.pi / 2), math.cos(0), math.cos(math.pi), math.tan(math.pi / 4))
p(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1))
p(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
p(math.exp(1), math.exp(0), math.expm1(1e-10), math.exp2(10), math.cbrt(27), math.cbrt(-8))
p(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10))
p(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
p(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
p(math.erf(0), math.erf(1), math.erfc(1), math.gamma(5), math.gamma(0.5), math.lgamma(10))
print(math.exp(0), math.log(1), math.log10(100), math.log2(8), math.sqrt(81), math.pow(3, 2), math.hypot(3, 4))
print(math.log(2 ** 1000) > 693, math.log10(10 ** 50), math.log2(2 ** 100))
