for a, b in [(1, 0), (0, 0), (-5, 0), (10 ** 30, 0)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("floordiv:", e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("mod:", e)
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("truediv:", e)
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print("divmod:", e)
try:
    x = 5
    x //= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e.args)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("pow:", e)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
