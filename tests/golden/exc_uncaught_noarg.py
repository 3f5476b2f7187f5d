def f():
    raise NotImplementedError
print("x")
f()
