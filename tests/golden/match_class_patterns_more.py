class Add:
    __match_args__ = ("left", "right")
    def __init__(self, left, right):
        self.left, self.right = left, right
class Mul:
    __match_args__ = ("left", "right")
    def __init__(self, left, right):
        self.left, self.right = left, right
class Num:
    __match_args__ = ("v",)
    def __init__(self, v):
        self.v = v
def ev(e):
    match e:
        case Num(v):
            return v
        case Add(Num(0), r) | Add(r, Num(0)):
            return ev(r)
        case Add(l, r):
            return ev(l) + ev(r)
        case Mul(Num(0), _) | Mul(_, Num(0)):
            return 0
        case Mul(l, r):
            return ev(l) * ev(r)
        case _:
            raise TypeError("bad node")
def show(e):
    match e:
        case Num(v):
            return str(v)
        case Add(l, r):
            return "(%s + %s)" % (show(l), show(r))
        case Mul(l, r):
            return "%s * %s" % (show(l), show(r))
expr = Add(Mul(Num(3), Num(4)), Add(Num(0), Mul(Num(2), Num(5))))
print(show(expr), "=", ev(expr))
print(ev(Mul(Num(0), Num(99))), ev(Add(Num(7), Num(0))))
try:
    ev("x")
except TypeError as e:
    print("TypeError:", e)
