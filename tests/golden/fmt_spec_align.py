for spec in ["<10", ">10", "^10", "*<10", "#>10", "0>10", "_^11", "10", "=10", "+<10"]:
    try:
        print(repr(format(42, spec)), repr(format("ab", spec)) if "=" not in spec and "+" not in spec else "")
    except ValueError as e:
        print(spec, "ValueError:", e)
print(repr(format(-42, "=10")), repr(format(-42, "010")), repr(format(42, "x=+10")), repr(format(-4.5, "=8")))
print(repr(format(3.5, "^9")), repr(format(True, "^7")))
print(format("txt", ".1"), format("txt", "5.2"), format("txt", "<1"), format("", "*>3"))
try:
    format("s", "=5")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "+5")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(15, "s")
except ValueError as e:
    print("ValueError:", e)
