def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return "one: %r" % (x,)
        case [x, y]:
            return "pair: %r %r" % (x, y)
        case [first, *rest] if len(rest) > 3:
            return "long, first %r, %d more" % (first, len(rest))
        case [first, *middle, last]:
            return "first %r middle %r last %r" % (first, middle, last)
for s in [[], [1], (1, 2), [1, 2, 3], list(range(6)), "ab", ["a", ["b"]]]:
    print(repr(s), "->", shape(s) if not isinstance(s, str) else "string not matched: " + str(shape(s)))
match (1, (2, 3)):
    case (a, (b, c)):
        print("nested", a, b, c)
match [1, 2, 3]:
    case [1, _, _]:
        print("starts with 1, length 3")
