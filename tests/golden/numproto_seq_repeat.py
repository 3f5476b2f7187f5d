# seq * n and n * seq when n is no int: CPython tries both operands' * first (a class's
# __mul__/__rmul__ win), repeats by an __index__, and otherwise says "can't multiply
# sequence by non-int"; the in-place form repeats the right operand only when the left
# has no sequence methods.
from array import array
from collections import deque


class Idx:
    def __index__(self):
        return 2


class RM:
    def __rmul__(self, o):
        return ("RM.rmul", o)


class M:
    def __mul__(self, o):
        return ("M.mul", o)


class Nope:
    pass


class Declines:
    def __rmul__(self, o):
        return NotImplemented

    def __mul__(self, o):
        return NotImplemented


class L(list):
    def __mul__(self, o):
        return NotImplemented


def show(text, f):
    try:
        print(text, "->", f())
    except Exception as e:
        print(text, "->", type(e).__name__ + ":", e)


for seq in [[1], (1,), "ab", b"ab", bytearray(b"x"), deque([1]), array("b", [1])]:
    name = type(seq).__name__
    for other in [Idx(), RM(), M(), Nope(), Declines(), 2.5, None, 1j]:
        oname = type(other).__name__
        show(f"{name} * {oname}", lambda: seq * other)
        show(f"{oname} * {name}", lambda: other * seq)

    def imul(x, n):
        x *= n
        return x

    show(f"{name} *= Nope", lambda: imul(seq, Nope()))
    show(f"{name} *= Idx", lambda: imul(seq, Idx()))
    show(f"{name} *= RM", lambda: imul(seq, RM()))
    show(f"float *= {name}", lambda: imul(2.5, seq))
    show(f"None *= {name}", lambda: imul(None, seq))
    show(f"int *= {name}", lambda: imul(3, seq))
    if name not in ("deque", "array"):  # their error names are collections.deque, array.array
        show(f"dict *= {name}", lambda: imul({}, seq))
        show(f"Nope *= {name}", lambda: imul(Nope(), seq))
show("list * huge", lambda: [1] * (1 << 100))
show("list * list", lambda: [1] * [2])
show("str * str", lambda: "a" * "b")
show("L * Nope", lambda: L([1]) * Nope())
show("L * 2", lambda: L([1]) * 2)
show("list.__mul__(Idx)", lambda: [1].__mul__(Idx()))
show("list.__rmul__(3)", lambda: [1].__rmul__(3))
show("list.__mul__(Nope)", lambda: [1].__mul__(Nope()))
show("str.__mul__(2.5)", lambda: "a".__mul__(2.5))
show("tuple.__rmul__(None)", lambda: (1,).__rmul__(None))
show("deque.__mul__(Nope)", lambda: deque([1]).__mul__(Nope()))
print((1, 2) * Idx(), Idx() * "xy")
print([0] * Nope())
