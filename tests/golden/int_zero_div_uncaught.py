def f(a, b):
    return a // b
print(f(10, 3))
print(f(10, 0))
