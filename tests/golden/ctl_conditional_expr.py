for n in [-3, 0, 7, 12]:
    kind = "negative" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "large"
    print(n, kind)
x = 4
print("even" if x % 2 == 0 else "odd", (1 if x else 2) * 10, [x if x > 2 else 0 for x in range(5)])
f = (lambda a: a * 2) if x > 3 else (lambda a: a)
print(f(5))
def t(label):
    print("eval", label)
    return label
print(t("yes") if t(True) else t("no"))
print(t("yes") if t(0) else t("no"))
val = None
print(val if val is not None else "default", 0 or "zero-or", "" if val else "empty-else")
print(max(1, 2) if x else min(1, 2), "a" + ("b" if x == 4 else "c") + "d")
