print(True, False, not True, not 0, not "", not "x", not [], not [0])
print(True and False, True or False, False or False, True and True)
print(bool(), bool(0.0), bool(-0.0), bool(0.1), bool(""), bool(" "), bool([]), bool(()), bool({}), bool(None))
print(bool([[]]), bool({0: 0}), bool(range(0)), bool(range(1)), bool(b""), bool(b"\x00"))
print(str(True), repr(True), f"{True}", "%s %d" % (False, True), format(True, "d"))
print(True == 1.0, False == 0.0, True is True, False is not True)
print(type(True).__name__, type(not 1).__name__, isinstance(False, bool))
print(bool.__name__, bool(1) is True, (1 == 1) is True)
print(sorted([True, False, True]), max(False, True), [False] * 3)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(True + 0, -False, hash(True) == hash(1))
