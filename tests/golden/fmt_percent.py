print("%s %r %a" % ("str", "str", "é"))
print("%d %i %u" % (42, -42, 7), "%d" % 3.99, "%d" % True, "%d" % -0.5)
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
print("%x %X %#x %#X %o %#o %08x" % (255, 255, 255, 255, 8, 8, 48879))
print("%f %.2f %10.3f %-10.1f| %+.0f %e %.3E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 2.5, 12345.678, 0.00012, 1e-5, 1e20))
print("%g %g %g %g %#g %.3g" % (100000, 1000000, 0.0001, 0.00001, 1.5, 3.14159))
print("%c%c%c" % (72, "i", 33), "%%", "%s%%" % 50)
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (6, 7, 4, 8, 2, 1.23456))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (None, True), "%r" % ((1, 2),))
print("%s" % "only", "%10s|%-10s|%.2s" % ("right", "left", "truncate"))
print("%5.1f%%" % 99.44, "%x" % -255, "%o" % -8, "%e" % 0, "%f" % float("inf"), "%F" % float("nan"))
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", 5), ("%c", 1234567), ("%d", None)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print("%(a)s %(a)r" % {"a": "q"})
