rows = [("alpha", 1.5, 10), ("beta", 22.25, 200), ("gamma", 333.125, 3000)]
for w in [8, 12]:
    for name, val, n in rows:
        print(f"{name:<{w}}|{val:>{w}.2f}|{n:^{w},}|")
for prec in range(4):
    print("{:.{p}f} {:.{p}e} {:.{p}%}".format(3.14159, 31415.9, 0.314159, p=prec))
align, fill, width = "^", "~", 11
print(f"{'mid':{fill}{align}{width}}", "{:{}{}{}}".format("x", "*", ">", 5))
spec = ">10.3f"
print(format(2.71828, spec), f"{2.71828:{spec}}", "{:{s}}".format(2.71828, s=spec))
print(f"{'%d items' % 3:>12}", f"{'abc'[::-1]:*<6}", f"{[1, 2]!s:>8}", f"{str(3.0):0>6}")
print("{0:{1}}".format(42, "08b"), "{:{}}".format("s", 4) + "|", "{:{w}}".format(7, w=3))
