# Every pattern kind once more: literals (incl. negative, complex, bytes), singletons
# compared by identity, value patterns through dotted names, captures and wildcards.
class Color:
    RED = 1
    GREEN = 2
    BLUE = "blue"


class Config:
    class Mode:
        FAST = "fast"
        SLOW = "slow"


def lit(x):
    match x:
        case -3:
            return "minus three"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case -1 - 1j:
            return "negative complex"
        case b"raw":
            return "bytes"
        case "a" "b":
            return "concatenated"
        case False:
            return "False (identity)"
        case None:
            return "None"
        case Color.RED:
            return "red"
        case Color.BLUE:
            return "blue by value"
        case Config.Mode.FAST:
            return "fast mode"
        case _:
            return "no literal"


for v in [-3, -3.0, 1.5, 2 + 3j, -1 - 1j, b"raw", "ab", False, 0, None, 1, True, "blue", "fast", 7, [], ()]:
    print(repr(v), "->", lit(v))


def cap(x):
    match x:
        case (0, y) | (y, 0):
            return ("axis", y)
        case [a, b] as pair:
            return ("pair", a, b, pair)
        case {"k": [1, *tail]} as whole:
            return ("k-list", tail, len(whole))
        case other:
            return ("other", other)


for v in [(0, 5), [7, 0], (1, 2), {"k": [1, 2, 3]}, {"k": [2]}, "zz", (0, 0)]:
    print(v, "->", cap(v))

# Equality goes through __eq__ of the subject.
class Anything:
    def __eq__(self, other):
        print("  __eq__ with", other)
        return True


match Anything():
    case 42:
        print("matched 42 via __eq__")

# True does not match 1 with identity, but 1 == True matches as a value pattern.
match 1:
    case True:
        print("1 is True?")
    case 1.0:
        print("1 == 1.0")
match True:
    case 1:
        print("True == 1")
