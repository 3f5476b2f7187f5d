# A plain builtin function stored as a class attribute does not bind self (it is not a
# descriptor), while C method descriptors of builtin types do.
class C:
    f_abs = abs
    f_len = len
    f_int = int
    upper = str.upper
    def m(self, x):
        return ("m", x)

c = C()
print(c.f_abs(-6), C.f_abs(-7), c.f_len("abc"), c.f_int("12"))
print(c.m(1), getattr(c, "f_abs")(-3))
try:
    c.upper()
except TypeError as e:
    print("TypeError", e)

class S(str):
    up = str.upper
print(S("abc").up())
