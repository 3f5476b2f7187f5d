strs = ["1.5", "  -2.25  ", "+3", "1e3", "1E-3", ".5", "5.", "inf", "-Infinity", "nan", "NaN",
        "1_000.5", "16", "-0", "1e400", "-1e400", "1e-400", "00012.50"]
for s in strs:
    print(repr(s), float(s))
for s in ["", "abc", "1.2.3", "1e", "0x10", "1__0", " ", "in f"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
print(float(), float(7), float(True), float(-(2 ** 60)))
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float([1.0])
except TypeError as e:
    print("TypeError:", e)
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).hex(), float.fromhex("-0x1p-2"))
