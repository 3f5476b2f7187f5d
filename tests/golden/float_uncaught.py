values = ["1.5", "2.25", "3e2", "oops", "4"]
total = 0.0
for v in values:
    total += float(v)
    print("running total", total)
print("never", total)
