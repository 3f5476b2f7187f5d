# divmod(a, b) with classes: CPython's binary-op dispatch over __divmod__/__rdivmod__
# (a subclass's reflected method first, NotImplemented falling back, int's and float's
# own divmod for builtin operands and subclasses) and its TypeError texts.


class A:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"{type(self).__name__}({self.v})"

    def __divmod__(self, o):
        return ("A.divmod", self, o)

    def __rdivmod__(self, o):
        return ("A.rdivmod", self, o)


class B(A):
    def __rdivmod__(self, o):
        return ("B.rdivmod", self, o)


class Declines:
    def __repr__(self):
        return "Declines()"

    def __divmod__(self, o):
        return NotImplemented

    def __rdivmod__(self, o):
        return NotImplemented


class FloorAndMod:  # // and % alone do not make divmod
    def __floordiv__(self, o):
        return 1

    def __mod__(self, o):
        return 2


class I(int):
    pass


class J(int):
    def __rdivmod__(self, o):
        return "J.rdivmod"


class F(float):
    def __divmod__(self, o):
        return ("F.divmod", float(self), o)


print(divmod(A(1), 5))
print(divmod(5, A(2)))
print(divmod(A(1), B(2)))  # B subclasses A: its __rdivmod__ first
print(divmod(B(1), A(2)))
print(divmod(I(7), 2), divmod(7, I(2)), divmod(7.5, I(2)), divmod(I(-7), 2.0))
print(divmod(7, J(2)), divmod(J(7), 2))
print(divmod(F(7.5), 2), divmod(7, F(2.0)))
print(divmod(True, 2), divmod(-7, 2), divmod(7, -2.5), divmod(2**70, 3))
print(A(3).__divmod__(4), (7).__divmod__(2), (7).__rdivmod__(2), (7.0).__divmod__(2))
print((7).__divmod__(2.0), (7.0).__rdivmod__("x"))
cases = [(Declines(), 1), (1, Declines()), (FloorAndMod(), 1), (1, FloorAndMod()), (1j, 2), ("a", 1),
         (Declines(), Declines()), (A(1), Declines()), (Declines(), A(1)), ([], ()), (None, 1)]
for a, b in cases:
    try:
        print(divmod(a, b))
    except TypeError as e:
        print("TypeError:", e)
for a, b in [(1.0, 0), (1, 0.0), (1, 0), (I(1), 0), (1.5, I(0))]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    divmod(1)
except TypeError as e:
    print("TypeError:", e)
print(divmod(A(1), 5) == ("A.divmod", A(1), 5) or "compared by identity")
divmod(Declines(), 3)
