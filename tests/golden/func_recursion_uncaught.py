def countdown(n):
    return 0 if n == 0 else countdown(n - 1)
print(countdown(100))
def ok_depth(n):
    return n if n == 0 else 1 + ok_depth(n - 1)
print(ok_depth(300))
def down(n):
    return down(n + 1) + 1
print("going down")
down(0)
