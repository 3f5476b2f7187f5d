class A:
    def __repr__(self):
        return "A()"
class B:
    def __str__(self):
        return "B-str"
    def __repr__(self):
        return "B-repr"
objs = [1, 1.0, "s", "it's", None, True, [1, "a"], (A(),), {"k": B()}, B(), A(), b"x", {1}, frozenset(), range(2)]
for o in objs:
    print(str(o), "|", repr(o), "|", "%s" % (o,), "|", "%r" % (o,), "|", f"{o}", "|", f"{o!r}")
print([B()], str([B()]), repr(B()), str(B()), (B(),), {1: B()})
