# super().m(...) calls (called without a super object when possible): MRO order, caches per site, rebinding, fallbacks and errors
class A:
    def __init__(self, x):
        self.x = x
    def who(self, tag="a"):
        return "A.who(%s, %s)" % (self.x, tag)
    def chain(self):
        return ["A"]

class B(A):
    def who(self, tag="b"):
        return "B>" + super().who(tag=tag)
    def chain(self):
        return ["B"] + super().chain()

class C(A):
    def who(self, tag="c"):
        return "C>" + super().who(tag)
    def chain(self):
        return ["C"] + super().chain()

class D(B, C):
    def __init__(self, x):
        super().__init__(x * 10)
    def who(self, tag="d"):
        return "D>" + super().who()
    def chain(self):
        return ["D"] + super().chain()

d = D(4)
print(d.x, d.who(), d.chain())
print(B(1).who(), C(2).who("z"), B(3).chain())

# one site, many classes (more than the cache's ways)
classes = []
for n in range(7):
    classes.append(type("K%d" % n, (B,), {"who": lambda self, n=n: "K%d>" % n + super(type(self), self).who()}))
for k in classes * 2:
    print(k(n).who(), end=" ")
print()

# the base's method replaced, added in between, deleted
def new_who(self, tag="?"):
    return "A.new_who(%s)" % tag
for step in range(4):
    if step == 1:
        A.who = new_who
    if step == 2:
        C.who = lambda self, tag="c2": "C2>" + tag
    if step == 3:
        del C.who
    print(step, D(1).who())

# fallbacks: property, classmethod, staticmethod, a plain value, a builtin base
class P:
    @property
    def prop(self):
        return "P.prop of %s" % type(self).__name__
    @classmethod
    def cm(cls, v):
        return "P.cm(%s, %s)" % (cls.__name__, v)
    @staticmethod
    def sm(v):
        return "P.sm(%s)" % v
    value = 42
    def m(self):
        return "P.m"

class Q(P):
    @property
    def prop(self):
        return "Q>" + super().prop
    def cm2(self):
        return super().cm(1)
    def sm2(self):
        return super().sm(2)
    def val(self):
        return super().value
    def m(self):
        return "Q>" + super().m()
    @classmethod
    def cls_m(cls):
        return "cls:" + super().cm(3)

q = Q()
print(q.prop, q.cm2(), q.sm2(), q.val(), q.m(), Q.cls_m())

class L(list):
    def append(self, v):
        super().append(v * 2)
    def __init__(self, *items):
        super().__init__(items)
l = L(1, 2)
l.append(5)
print(l, len(l))

class NoInit:
    pass
class WithSuperInit(NoInit):
    def __init__(self, a, b=2):
        super().__init__()
        self.s = a + b
print(WithSuperInit(1).s, WithSuperInit(1, b=5).s)

# __class__ assignment between calls
class R(A):
    def who(self, tag="r"):
        return "R>" + super().who(tag)
class S(A):
    def who(self, tag="s"):
        return "S>" + super().who(tag)
r = R(7)
print(r.who())
r.__class__ = S
print(r.who())

# errors
try:
    super().who()
except RuntimeError as e:
    print("RuntimeError:", e)
class E(A):
    def missing(self):
        return super().nothing_here()
    def bad(self):
        return super().who()
try:
    E(1).missing()
except AttributeError as e:
    print("AttributeError:", e)
try:
    E.bad(A(1))
except TypeError as e:
    print("TypeError:", e)

class Deep(A):
    def chain(self):
        return super().chain() + [len(super().chain())]
print(Deep(0).chain())

class Boom(A):
    def who(self, tag="boom"):
        raise ValueError("boom " + tag)
class AfterBoom(Boom):
    def who(self, tag="after"):
        return super().who(tag)
AfterBoom(1).who()
