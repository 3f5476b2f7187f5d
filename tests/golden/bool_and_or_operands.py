print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "d", "" or [] or 0, "a" and "b" and "c")
print([] and [1], [1] and [], "" or "x", 0.0 or 1e-9, None and 1)
def t(label, v):
    print("eval", label)
    return v
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 1) or t("b", 2))
print(t("a", 0) or t("b", 0) or t("c", 3))
print(not (t("a", 1) and t("b", 0)))
x = None
name = x or "default"
print(name)
vals = [0, 1, "", "s", None, [], [0]]
print([v for v in vals if v])
print([v or "falsy" for v in vals])
print(1 if 0 or None else 2, (0 or 3) + 1)
