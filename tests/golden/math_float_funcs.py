import math
vals = [0.0, 0.5, 1.0, 2.0, 10.0, 100.0]
for v in vals:
    print("%6.1f sqrt=%.6f exp=%.6g log1p=%.6f" % (v, math.sqrt(v), math.exp(v), math.log1p(v)))
print([round(math.sin(math.radians(d)), 10) for d in range(0, 361, 45)])
print([round(math.cos(math.radians(d)), 10) for d in range(0, 361, 90)])
print(round(math.atan2(1, 0), 12), round(math.degrees(math.atan2(-1, -1)), 9), round(math.hypot(5, 12), 12))
print(math.isclose(math.sin(math.pi), 0, abs_tol=1e-12), math.isclose(math.e ** 2, math.exp(2)))
print(math.fsum([0.1] * 10) == 1.0, math.fsum([1, 1e100, 1, -1e100]), sum([1, 1e100, 1, -1e100]))
print(math.floor(-0.0), math.ceil(-0.0), math.modf(-0.0), math.frexp(-0.0), math.ldexp(-0.0, 3))
print(math.inf - math.inf != math.inf - math.inf, math.isnan(math.inf * 0), math.copysign(math.inf, -1))
print("%.15g %.15g %.15g" % (math.pi, math.e, math.tau), "%.3f" % math.log(1e300), "%.10f" % math.log2(3))
