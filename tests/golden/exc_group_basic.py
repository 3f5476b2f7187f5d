eg = ExceptionGroup("many", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [ValueError(2), KeyError("k")])])
print(eg, repr(eg))
print(type(eg).__name__, type(eg).__mro__)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError))
b = BaseExceptionGroup("b", [ValueError(3)])
print(type(b).__name__, isinstance(b, Exception))
c = BaseExceptionGroup("c", [KeyboardInterrupt()])
print(type(c).__name__, isinstance(c, Exception))
for bad in [(1, []), ("x", []), ("x", 5), ("x", [1])]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
print(eg.exceptions[0], eg.message)
