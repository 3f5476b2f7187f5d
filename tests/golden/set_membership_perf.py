allowed = set("abcdefghijklmnopqrstuvwxyz0123456789_")
idents = ["valid_name", "has space", "UPPER", "ok123", "", "dash-ed", "_x"]
for ident in idents:
    bad = sorted(set(ident.lower()) - allowed)
    print(repr(ident), "ok" if not bad and ident else "bad chars %r" % bad)
seen = set()
dups = []
for n in [5, 3, 9, 3, 5, 1, 9, 9]:
    if n in seen:
        dups.append(n)
    seen.add(n)
print(sorted(seen), dups, sorted(set(dups)))
big = set(range(0, 100000, 3))
print(len(big), 99999 in big, 99998 in big, len(big & set(range(0, 100000, 5))))
a = {"apple", "banana", "cherry"}
b = {"banana", "date"}
print(sorted(a | b), "banana" in a & b, len(a - b), sorted(b - a))
print(set() == frozenset(), set() is not frozenset(), not set(), {0} != {False} or "equal")
