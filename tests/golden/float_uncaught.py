for s in ["1e3", " 2.5 ", "-inf"]:
    print(repr(s), float(s))
try:
    float("1,5")
except ValueError as e:
    print("caught:", e)
values = ["1.5", "2.25", "3e2", "oops", "4"]
total = 0.0
for v in values:
    total += float(v)
    print("running total", total)
print("never", total)
