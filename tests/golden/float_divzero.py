for a in [1.0, -1.0, 0.0, 5]:
    for b in [0.0, -0.0, 0]:
        for op in ["/", "//", "%"]:
            try:
                if op == "/":
                    r = a / b
                elif op == "//":
                    r = a // b
                else:
                    r = a % b
                print(a, op, b, r)
            except ZeroDivisionError as e:
                print(a, op, b, "ZeroDivisionError:", e)
try:
    divmod(1.5, 0.0)
except ZeroDivisionError as e:
    print("divmod:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("pow:", e)
print((-8.0) ** 2, (-8.0) ** -1, 0.0 ** 0, (-0.0) ** 3)
