# complex(): strings in every form CPython accepts, __complex__/__float__/__index__
# objects, and the errors of malformed strings and bad argument combinations.
for s in ("j", "J", "1", "1.2", "1.2j", "1+j", "1-J", "1+2j", "-1-2j", "+1-2j", " -1-2j ", "(1+2j)", " ( 3j ) ",
          "nanj", "nan-infj", "-inf+nanj", "1e3-2.5e-2j", "+j", "-j", ".5j", "1_0", "0x1", "1+", "j1", "1+2", "", "(", "1 + 2j",
          "1jj", "inf", "-Infinityj"):
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)

class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class C:
    def __complex__(self):
        return 3 - 4j
class BadC:
    def __complex__(self):
        return "a"
print(complex(F()), complex(I()), complex(C()), complex(1, 2), complex(1j, 2j), complex(real=5), complex(imag=2), complex())
for f in (lambda: complex(BadC()), lambda: complex(object()), lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex([])):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(complex(float("nan"), -float("nan")), complex(0.0, -0.0), complex(-0.0, 0.0), +(1 - 2j), -(1j))
