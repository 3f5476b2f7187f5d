# match in loops (break/continue inside cases), generators (yield in case bodies and
# guards), nested match statements, try/finally around matches, closures over captures.
def tokens(text):
    for word in text.split():
        match word:
            case "stop":
                break
            case "skip":
                continue
            case w if w.isdigit():
                yield int(w)
            case w:
                yield w.upper()
    yield "done"


print(list(tokens("a 1 skip b 22 stop c 3")))


def accumulate():
    total = 0
    while True:
        cmd = yield total
        match cmd:
            case ("add", n):
                total += n
            case ("mul", n):
                total *= n
            case "reset":
                total = 0
            case None:
                return


g = accumulate()
next(g)
for c in [("add", 5), ("mul", 3), "reset", ("add", 2)]:
    print(c, "->", g.send(c))


def nested(v):
    match v:
        case [kind, payload]:
            match kind, payload:
                case "num", int(n):
                    return "number %d" % n
                case "pair", (a, b):
                    return "pair %r/%r" % (a, b)
                case _, _:
                    return "unknown kind " + str(kind)
        case _:
            return "malformed"


for v in [["num", 3], ["pair", (1, 2)], ["x", None], 5]:
    print(nested(v))


def with_finally(v):
    try:
        match v:
            case 0:
                return "zero"
            case x:
                raise ValueError(x)
    except ValueError as e:
        return "error %s" % e
    finally:
        print("  finally for", v)


print(with_finally(0))
print(with_finally(7))


def closures():
    fs = []
    for item in [(1, "a"), (2, "b"), "bad"]:
        match item:
            case (n, s):
                fs.append(lambda: s * n)
            case _:
                fs.append(lambda: item)
    return [f() for f in fs]


print(closures())

# A loop where the guard decides whether to break.
found = None
for i, v in enumerate([3, 8, 12, 5]):
    match v:
        case n if n > 10:
            found = (i, n)
            break
        case n:
            print("  skip", n)
else:
    print("never found")
print("found", found)

# Guard with side effects and a walrus that persists.
def guard_seen(x):
    match x:
        case [a, b] if (s := a + b) > 10:
            return "big sum %d" % s
        case [a, b]:
            return "small sum %d" % s
    return "?"


print(guard_seen([5, 9]), guard_seen([1, 2]))
