# When names get bound: only after the whole pattern matched (before the guard), so a
# failed guard leaves them bound and a failed pattern leaves earlier values alone;
# globals, nonlocals and class-body names can be captured too.
x = "before"
match [1, 2]:
    case [x, 3]:
        print("no")
    case _:
        pass
print("x after failed pattern:", x)

match [1, 2]:
    case [x, y] if y > 5:
        print("no")
    case _:
        pass
print("x, y after failed guard:", x, y)

try:
    del z
except NameError:
    pass
match 5:
    case 4 | 6:
        pass
    case other:
        pass
print("other:", other)


def unbound_after_failure():
    match 3:
        case [w]:
            pass
        case _:
            pass
    try:
        return w
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


print(unbound_after_failure())

counter = 0


def capture_global():
    global counter
    match 41 + 1:
        case counter:
            pass


capture_global()
print("global counter:", counter)


def outer():
    value = "old"

    def inner():
        nonlocal value
        match {"v": "new"}:
            case {"v": value}:
                pass

    inner()
    return value


print("nonlocal:", outer())


class Namespace:
    match (1, 2):
        case (first, second):
            pair_sum = first + second


print("class body:", Namespace.first, Namespace.second, Namespace.pair_sum)

# Or-patterns bind the same names in any order.
for v in [(1, "a"), ("b", 2)]:
    match v:
        case (int(n), str(s)) | (str(s), int(n)):
            print("n =", n, "s =", s)

# as-patterns nest.
match [1, [2, 3]]:
    case [1 as one, [2, _] as inner] as whole:
        print(one, inner, whole)

# The subject is evaluated once.
def subject():
    print("  evaluating subject")
    return 3


match subject():
    case 1:
        pass
    case 2:
        pass
    case 3:
        print("three")
