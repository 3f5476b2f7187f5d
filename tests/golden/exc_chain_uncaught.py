try:
    try:
        int("zz")
    except ValueError as inner:
        raise KeyError("wrapped") from inner
except KeyError as outer:
    print("caught", repr(outer), "cause", type(outer.__cause__).__name__)
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("parse failed for " + repr(s)) from e
print(parse("12"))
print(parse("1x"))
