def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print("recovered")
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(500))
