def g():
    try:
        return "try value"
    finally:
        print("finally without raise")
print(g())
def f():
    try:
        print("in try")
        return 1
    finally:
        print("in finally")
        raise ValueError("raised from finally")
print("start")
f()
