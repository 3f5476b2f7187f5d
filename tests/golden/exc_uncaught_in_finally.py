def f():
    try:
        print("in try")
        return 1
    finally:
        print("in finally")
        raise ValueError("raised from finally")
print("start")
f()
