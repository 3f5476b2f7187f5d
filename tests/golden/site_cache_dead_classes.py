# Call sites whose classes die: every class here is dropped after one use, so a
# collection may free it and a new class may take its address.  The inline caches of
# the attribute, method and super() sites below are no roots: each collection empties
# them, in the middle of fills that allocate (a store growing an instance's
# attributes) too; the sites must keep giving CPython's answers across collections.


class Base:
    def who(self):
        return "base"


def make(i):
    if i % 3 == 0:
        class C(Base):
            kind = "class attribute %d" % i

            def who(self):
                return "C%d/" % i + super().who()
    elif i % 3 == 1:
        class C(Base):
            __slots__ = ("kind",)

            def __init__(self):
                self.kind = "slot %d" % i
    else:
        class C(Base):
            @property
            def kind(self):
                return "property %d" % i

            def who(self):
                return "P%d" % i
    return C


def probe(o):
    return o.kind, o.who()


def store(o, v):
    o.extra = v
    return o.extra


lines = []
for i in range(600):
    cls = make(i)
    o = cls()
    kind, who = probe(o)
    extra = store(o, i * 2) if i % 3 != 1 else None
    junk = [[j] * 8 for j in range(40)]  # garbage, so collections happen
    lines.append("%d %s %s %s %d" % (i, kind, who, extra, len(junk)))
print(len(lines))
print("\n".join(lines[:7]))
print("\n".join(lines[-4:]))
print(sum(len(x) for x in lines))
