def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return None
print(safe_div(7, 2), safe_div(7, 0))
def f(a, b):
    return a // b
print(f(10, 3))
print(f(10, 0))
